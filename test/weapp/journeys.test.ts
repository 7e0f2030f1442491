// The built mini-program (dist/weapp), run headless in Node (see support/miniProgram.ts
// for what is simulated and what is not): one app, launched as a QR code launches it,
// through three journeys — the board, 找我的执委, and 我要求助 up to consent — with its
// cloud calls answered by the real handlers on an in-memory store. Then the font scale
// each page puts on itself through wx.setPageStyle.
import type { GetBoardOutput } from '../../types/board'
import { createBackend, ORG_CODE, ORG_ID, type Backend } from './support/backend'
import {
  answerOf,
  BOARD_ROUTE,
  boardShowsEveryMember,
  DIST,
  FIND_MEMBER_ROUTE,
  findMemberShowsTheCoveringMember,
  INTAKE_ROUTE,
  intakeReachesConsent,
  requireBuiltWeapp,
} from './support/journeys'
import { MiniProgram, type PageInstance } from './support/miniProgram'
import { byClass, textOf } from './support/tree'

// above the journeys' own waits (10 s each), so that a slow step fails with what the page shows
jest.setTimeout(60_000)

let backend: Backend
let mp: MiniProgram
let board: PageInstance
let expected: GetBoardOutput

beforeAll(async () => {
  requireBuiltWeapp()
  backend = await createBackend()
  expected = await answerOf<GetBoardOutput>(backend, 'board', 'get', { code: ORG_CODE })
  mp = new MiniProgram({ dist: DIST, cloud: backend.call })
  // WeChat opens the page a QR code names with its scene URL-encoded
  board = mp.launch(BOARD_ROUTE, { scene: encodeURIComponent(ORG_CODE) })
})

afterAll(() => mp?.dispose())

afterEach(() => {
  // a call the run does not simulate, or an error the app threw, fails the journey that made it
  expect(mp.unsimulated).toEqual([])
  expect(mp.errors).toEqual([])
})

describe('the built weapp, headless', () => {
  test('the board a QR code opens hands setData every member board.get lists, with name and post', async () => {
    expect(expected.board.members.map((member) => member.name)).toEqual(['李主席', '王副主席', '张执委', '陈执委', '赵志愿'])
    await boardShowsEveryMember(mp, board, expected)
    // the cloud was started once, in the environment the build names or else the one the mini-program runs in
    expect(mp.cloudInits).toEqual([{ env: process.env.TARO_APP_CLOUD_ENV || 'DYNAMIC_CURRENT_ENV', traceUser: true }])
    // the app answers WeChat's privacy prompt with its own explained popup (src/lib/privacyConsent.ts), registered once at launch
    expect(mp.privacyListeners).toHaveLength(1)
    // the scene reached the back end decoded, through wx.cloud (never wx.request)
    expect(mp.cloudCalls.find((call) => call.name === 'board')?.data).toMatchObject({ action: 'get', payload: { code: ORG_CODE } })
    expect(mp.titles).toContain(expected.board.name)
    // 转发: the card a neighbour gets opens this board by the same scene
    const share = board.onShareAppMessage as (event: unknown) => unknown
    expect(share.call(board, { from: 'menu' })).toEqual({ title: `${expected.board.name}·亮牌`, path: `/${BOARD_ROUTE}?scene=${encodeURIComponent(ORG_CODE)}` })
  })

  test('找我的执委: picking her building shows the member who covers it and the backup', async () => {
    await findMemberShowsTheCoveringMember(mp, expected, '2栋')
    expect(mp.navigations.map((nav) => nav.url?.split('&__key_')[0])).toEqual([
      `/${FIND_MEMBER_ROUTE}?code=${encodeURIComponent(ORG_CODE)}`,
      `/${FIND_MEMBER_ROUTE}?code=${encodeURIComponent(ORG_CODE)}&area=a2`,
    ])
    expect(mp.pages().map((page) => page.route)).toEqual([BOARD_ROUTE, FIND_MEMBER_ROUTE, FIND_MEMBER_ROUTE])
  })

  test('我要求助 (a subpackage page) reaches the consent step: the text, the box, the way on once ticked', async () => {
    mp.back()
    mp.back()
    const terms = await answerOf<{ retentionDays: number; consentVersion: string }>(backend, 'requests', 'terms', {})
    await intakeReachesConsent(mp, terms)
    expect(mp.currentPage()?.options.orgId).toBe(ORG_ID)
  })

  test('each page puts the font scale on itself as it shows (wx.setPageStyle)', () => {
    const routes = [BOARD_ROUTE, FIND_MEMBER_ROUTE, INTAKE_ROUTE]
    for (const route of routes) expect(mp.pageStyles).toContainEqual({ route, style: { cssText: '--font-scale: 1' } })
  })
})

describe('the font scale in the weapp', () => {
  async function launchWith(options: { appBaseInfo?: Record<string, unknown>; chosen?: string }) {
    const app = new MiniProgram({ dist: DIST, cloud: backend.call, appBaseInfo: options.appBaseInfo })
    if (options.chosen) app.storage.set('liangpai.fontScale', JSON.stringify(options.chosen))
    try {
      const page = app.launch(BOARD_ROUTE, { scene: encodeURIComponent(ORG_CODE) })
      await app.settle()
      return app.pageStyles.filter((style) => style.route === page.route).map((style) => style.style)
    } finally {
      app.dispose()
    }
  }

  test('follows the font size she set in WeChat, and her own choice on 我的 over it', async () => {
    expect(await launchWith({ appBaseInfo: { fontSizeScaleFactor: 1.4 } })).toEqual([{ cssText: '--font-scale: 1.3' }])
    expect(await launchWith({ appBaseInfo: { fontSizeScaleFactor: 1.4 }, chosen: '1.6' })).toEqual([{ cssText: '--font-scale: 1.6' }])
  })
})

describe('a QR code whose 妇联 does not exist', () => {
  test('the board gives way to the search page, which says in Chinese what happened', async () => {
    const app = new MiniProgram({ dist: DIST, cloud: backend.call })
    try {
      app.launch(BOARD_ROUTE, { scene: encodeURIComponent('gone#9') })
      const search = await app.waitFor('the search page', () => (app.currentPage()?.route === 'resident/pages/search/index' ? app.currentPage() : null))
      await app.settle()
      const notice = await app.waitFor('the reason notice', () => byClass(app.root(search), 'reason-notice')[0])
      expect(textOf(byClass(notice, 'reason-notice__title')[0])).toBe('没有找到这个妇联')
      expect(textOf(byClass(notice, 'reason-notice__detail')[0])).toContain('「gone#9」')
      // redirected, not stacked: Back does not return to a board that cannot open
      expect(app.navigations.map((nav) => nav.api)).toEqual(['redirectTo'])
      expect(app.pages().map((page) => page.route)).toEqual(['resident/pages/search/index'])
      expect(app.unsimulated).toEqual([])
      expect(app.errors).toEqual([])
    } finally {
      app.dispose()
    }
  })
})
