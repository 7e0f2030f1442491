export default definePageConfig({ navigationBarTitleText: '安排议事会' })
