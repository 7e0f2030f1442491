export default definePageConfig({
  navigationBarTitleText: '绑定执委身份',
})
