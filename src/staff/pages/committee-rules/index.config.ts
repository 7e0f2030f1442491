export default definePageConfig({
  navigationBarTitleText: '任期与评议规则',
})
