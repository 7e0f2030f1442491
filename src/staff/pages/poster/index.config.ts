export default definePageConfig({
  navigationBarTitleText: '亮牌海报',
})
