export default definePageConfig({ navigationBarTitleText: '召集执委会' })
