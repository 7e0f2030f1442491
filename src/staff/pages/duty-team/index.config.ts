export default definePageConfig({
  navigationBarTitleText: '履职情况',
  enablePullDownRefresh: true,
})
