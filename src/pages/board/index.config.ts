export default definePageConfig({
  navigationBarTitleText: '妇联亮牌',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
  /** 分享到朋友圈: Taro marks the page so WeChat offers it (the post itself: useShareTimeline) */
  enableShareTimeline: true,
})
