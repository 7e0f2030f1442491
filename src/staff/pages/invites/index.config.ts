export default definePageConfig({
  navigationBarTitleText: '邀请执委',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
})
