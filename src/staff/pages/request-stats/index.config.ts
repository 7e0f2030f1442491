export default definePageConfig({ navigationBarTitleText: '求助统计', enablePullDownRefresh: true })
