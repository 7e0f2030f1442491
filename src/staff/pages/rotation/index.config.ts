export default definePageConfig({
  navigationBarTitleText: '轮值安排',
  enablePullDownRefresh: true,
})
