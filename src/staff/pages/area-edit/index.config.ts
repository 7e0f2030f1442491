export default definePageConfig({
  navigationBarTitleText: '片区',
})
