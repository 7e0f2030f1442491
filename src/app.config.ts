// The mini-program's pages and window. Resident pages live in the main package; the
// staff console will come as a subpackage (optimizeMainPackage keeps it out of here).
const appConfig = {
  pages: ['pages/board/index', 'pages/find-member/index', 'pages/member/index', 'pages/search/index'],
  window: {
    navigationBarTitleText: '妇联亮牌',
    navigationBarBackgroundColor: '#b3203b',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f7f2ef',
    backgroundTextStyle: 'dark',
  },
  /** WeChat cloud development; not in Taro's AppConfig type */
  cloud: true,
}

export default defineAppConfig(appConfig as Taro.AppConfig)
