export default definePageConfig({ navigationBarTitleText: '述职评议结果', enablePullDownRefresh: true })
