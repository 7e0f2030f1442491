export default definePageConfig({ navigationBarTitleText: '执委会', enablePullDownRefresh: true })
