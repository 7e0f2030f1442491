export default definePageConfig({ navigationBarTitleText: '我提的议题', enablePullDownRefresh: true })
