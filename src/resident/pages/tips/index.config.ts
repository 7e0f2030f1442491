export default definePageConfig({ navigationBarTitleText: '生活小贴士', navigationBarBackgroundColor: '#ffffff', navigationBarTextStyle: 'black' })
