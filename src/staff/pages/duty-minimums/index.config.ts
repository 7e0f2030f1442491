export default definePageConfig({
  navigationBarTitleText: '七个一要求',
  enablePullDownRefresh: true,
})
