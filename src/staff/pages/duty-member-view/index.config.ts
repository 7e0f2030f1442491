export default definePageConfig({
  navigationBarTitleText: '代为记一笔',
  enablePullDownRefresh: true,
})
