// The mini-program's pages and window. The main package holds the board alone (what a
// QR code on the wall opens, on an old phone and a weak network); the other pages a
// resident opens from it (找我的执委, a member, 查找, 我的, 消息, the tips page) are the
// `resident` subpackage, fetched as the board opens; the staff console is the `staff`
// subpackage, the resident 议事 pages the `topics` subpackage, the help-request pages the
// `help` subpackage. optimizeMainPackage keeps their code out of the main package.
const appConfig = {
  pages: ['pages/board/index'],
  subPackages: [
    {
      root: 'resident',
      pages: ['pages/find-member/index', 'pages/member/index', 'pages/search/index', 'pages/me/index', 'pages/messages/index', 'pages/tips/index'],
    },
    {
      root: 'staff',
      pages: [
        'pages/home/index',
        'pages/org/index',
        'pages/org-info/index',
        'pages/members/index',
        'pages/member-edit/index',
        'pages/areas/index',
        'pages/area-edit/index',
        'pages/activities/index',
        'pages/activity-edit/index',
        'pages/children/index',
        'pages/invites/index',
        'pages/history/index',
        'pages/rotation/index',
        'pages/qrcode/index',
        'pages/poster/index',
        'pages/redeem/index',
        'pages/topics/index',
        'pages/topic/index',
        'pages/meeting-new/index',
        'pages/meeting-record/index',
        'pages/meetings/index',
        'pages/topic-new/index',
        'pages/requests/index',
        'pages/request/index',
        'pages/request-new/index',
        'pages/request-stats/index',
        'pages/duty-team/index',
        'pages/duty-member-view/index',
        'pages/duty/index',
        'pages/duty-entry/index',
        'pages/duty-book/index',
        'pages/duty-minimums/index',
        'pages/committees/index',
        'pages/committee-new/index',
        'pages/committee/index',
        'pages/nominations/index',
        'pages/nomination-new/index',
        'pages/nomination/index',
        'pages/ledgers/index',
        'pages/overview/index',
        'pages/committee-rules/index',
        'pages/duty-report/index',
        'pages/duty-reports/index',
        'pages/duty-report-view/index',
        'pages/appraisal/index',
        'pages/appraisal-rate/index',
        'pages/appraisal-results/index',
      ],
    },
    {
      root: 'topics',
      pages: ['pages/list/index', 'pages/detail/index', 'pages/submit/index', 'pages/mine/index'],
    },
    /** a 妇女代表's 述职评议 ballot: opened from the chair's QR code, no login */
    {
      root: 'appraisal',
      pages: ['pages/ballot/index'],
    },
    {
      root: 'help',
      pages: ['pages/intake/index', 'pages/mine/index', 'pages/case/index'],
    },
  ],
  /** the resident and help pages are fetched as a board opens, so a member's card and 我要求助 open on a weak network too */
  preloadRule: { 'pages/board/index': { network: 'all', packages: ['resident', 'help'] } },
  window: {
    navigationBarTitleText: '妇联亮牌',
    navigationBarBackgroundColor: '#b3203b',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f7f2ef',
    backgroundTextStyle: 'dark',
  },
  /**
   * WeChat loads a component's code only when a page that declares it opens (its code-quality
   * check asks for this). Taro declares its one template component `comp` in every page's json.
   */
  lazyCodeLoading: 'requiredComponents',
  /** what WeChat search may index: the public board pages, nothing of the console, 求助 or her own pages */
  sitemapLocation: 'sitemap.json',
  /** WeChat cloud development; not in Taro's AppConfig type */
  cloud: true,
}

export default defineAppConfig(appConfig as Taro.AppConfig)
