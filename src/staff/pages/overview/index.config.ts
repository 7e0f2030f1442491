export default definePageConfig({
  navigationBarTitleText: '下级统计',
  enablePullDownRefresh: true,
})
