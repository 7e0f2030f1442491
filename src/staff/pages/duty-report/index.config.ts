export default definePageConfig({
  navigationBarTitleText: '年度书面述职',
})
