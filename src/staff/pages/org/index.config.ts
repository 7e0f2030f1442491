export default definePageConfig({
  navigationBarTitleText: '妇联工作台',
  enablePullDownRefresh: true,
})
