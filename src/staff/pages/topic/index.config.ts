export default definePageConfig({ navigationBarTitleText: '议题', enablePullDownRefresh: true })
