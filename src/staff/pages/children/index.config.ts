export default definePageConfig({
  navigationBarTitleText: '下级组织',
  enablePullDownRefresh: true,
})
