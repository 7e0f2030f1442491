export default definePageConfig({ navigationBarTitleText: '执委互评', enablePullDownRefresh: true })
