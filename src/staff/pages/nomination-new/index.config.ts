export default definePageConfig({ navigationBarTitleText: '登记人选' })
