export default definePageConfig({
  navigationBarTitleText: '一本记录',
  enablePullDownRefresh: true,
})
