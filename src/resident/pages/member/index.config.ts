export default definePageConfig({
  navigationBarTitleText: '执委名片',
  enablePullDownRefresh: true,
})
