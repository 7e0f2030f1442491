export default definePageConfig({ navigationBarTitleText: '求助进展', enablePullDownRefresh: true })
