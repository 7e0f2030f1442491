export default definePageConfig({
  navigationBarTitleText: '书面述职',
})
