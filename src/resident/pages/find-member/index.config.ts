export default definePageConfig({
  navigationBarTitleText: '找我的执委',
  enablePullDownRefresh: true,
})
