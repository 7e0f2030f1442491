export default definePageConfig({
  navigationBarTitleText: '妇联亮牌',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
})
