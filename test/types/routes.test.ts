// The pages the back end names (the board a printed code opens, the redeem page of an
// invitation, the pages a notification opens) are pages the app registers, written as
// WeChat's open APIs take them: no leading slash.
import {
  BALLOT_PAGE,
  BOARD_PAGE,
  HELP_CASE_PAGE,
  REDEEM_PAGE,
  STAFF_CASE_PAGE,
  STAFF_ORG_PAGE,
  TOPIC_PAGE,
  ballotPath,
  boardPath,
  helpCasePath,
  redeemPath,
  staffCasePath,
  staffOrgPath,
  topicPath,
} from '../../types/routes'

type Config = { pages: string[]; subPackages: { root: string; pages: string[] }[] }

/** Taro provides defineAppConfig as a build-time global; here it only hands the config back. */
;(globalThis as { defineAppConfig?: (config: unknown) => unknown }).defineAppConfig = (config) => config
const config = require('../../src/app.config').default as Config
const registered = new Set([...config.pages, ...config.subPackages.flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`))])

test('each page the back end names is registered, without a leading slash', () => {
  for (const page of [BOARD_PAGE, REDEEM_PAGE, TOPIC_PAGE, HELP_CASE_PAGE, STAFF_CASE_PAGE, STAFF_ORG_PAGE, BALLOT_PAGE]) {
    expect(registered).toContain(page)
    expect(page.startsWith('/')).toBe(false)
  }
})

test('each path opens its page with the query the page reads', () => {
  expect(boardPath('demo-village')).toBe('pages/board/index?scene=demo-village')
  expect(redeemPath('ABCDEFGHJKLM')).toBe('staff/pages/redeem/index?code=ABCDEFGHJKLM')
  expect(topicPath('t1')).toBe('topics/pages/detail/index?topicId=t1')
  expect(helpCasePath('c1')).toBe('help/pages/case/index?caseId=c1')
  expect(staffCasePath('c1')).toBe('staff/pages/request/index?caseId=c1')
  expect(staffOrgPath('comm')).toBe('staff/pages/org/index?orgId=comm')
  expect(ballotPath('ar-1', 'ABCDEFGH')).toBe('appraisal/pages/ballot/index?round=ar-1&code=ABCDEFGH')
})

test('a scene character that means something in a query is escaped', () => {
  expect(boardPath('a&b=c')).toBe('pages/board/index?scene=a%26b%3Dc')
})
