export default definePageConfig({ navigationBarTitleText: '增替补人选', enablePullDownRefresh: true })
