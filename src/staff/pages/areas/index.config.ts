export default definePageConfig({
  navigationBarTitleText: '片区',
  enablePullDownRefresh: true,
})
