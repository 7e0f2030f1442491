export default definePageConfig({ navigationBarTitleText: '代为提交议题' })
