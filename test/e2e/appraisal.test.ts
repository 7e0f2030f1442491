// 述职评议 in real Chromium against `npm start` (002 履职制度第八条 "接受妇女代表的评议，对其他执委履职情况进行评议").
// demo-chair opens the 评议 at the demo 执委会 of two months ago (述职评议 on its agenda, attendance
// recorded) for three 妇女代表; each representative opens the address the shown QR code encodes on
// her own phone — a fresh browser context, no login — rates every member and is thanked; a used
// code is refused plainly. The chair types one paper ballot, closes the round and sees each
// member's counts and 合格 / 不合格 (不满意 above one third of her ratings is 不合格). demo-member, one of the
// 执委 rated, rates the others on 执委互评 from her own login (never herself).
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import type { ActionOutput, GetBoardOutput } from '../../types'
import { callApi, devToken } from './support/api'
import { PHONE, screenshot } from './support/browser'
import { freshGoto, logIn, shown, withHostAndPhones } from './support/journey'

jest.setTimeout(420_000)

const stage = withHostAndPhones(0)
const MEETING = 'demo-community-committee1'
let browser: Browser
let chair: { context: BrowserContext; page: Page }
let orgId = ''
let members: string[] = []
/** demo-member's own member record: rated in the round, she rates the others */
let herself = ''
const usedLinks: string[] = []

/** A phone of its own: a fresh context of the file's one browser (no cookie, no storage, no login). */
async function freshPhone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: PHONE.viewport, deviceScaleFactor: PHONE.deviceScaleFactor, locale: PHONE.locale, timezoneId: PHONE.timezoneId })
  return { context, page: await context.newPage() }
}

type Grade = 'satisfied' | 'fair' | 'dissatisfied'
/** Taps one grade per member, in the order the ballot lists them. */
async function rateAll(page: Page, scope: string, grades: Grade[]): Promise<void> {
  const rows = shown(page, `${scope} .rating-row`)
  await rows.first().waitFor()
  expect(await rows.count()).toBe(grades.length)
  for (const [i, grade] of grades.entries()) await rows.nth(i).locator(`.rating-grade--${grade}`).click()
}

/** The first member gets 不满意 from two of four ballots (half: 不合格); everyone else stays 合格. */
const ballots = (): Grade[][] => [
  members.map(() => 'satisfied'),
  members.map((_, i) => (i === 0 ? 'dissatisfied' : 'satisfied')),
  members.map((_, i) => (i === 0 ? 'dissatisfied' : 'fair')),
]

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: PHONE.executablePath, args: PHONE.args })
  chair = await freshPhone()
  orgId = (await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: 'demo-community' })).board.orgId
  const token = await devToken(stage.host.url, 'demo-chair')
  const { items } = await callApi<ActionOutput<'org', 'listCommittees'>>(stage.host.url, 'org', 'listCommittees', { orgId }, token)
  const meeting = items.find((m) => m._id === MEETING)!
  members = meeting.attendance.filter((a) => a.status === 'present').map((a) => a.memberId)
  const mine = await callApi<ActionOutput<'org', 'mine'>>(stage.host.url, 'org', 'mine', {}, await devToken(stage.host.url, 'demo-member'))
  herself = mine.places.find((place) => place.orgId === orgId)?.memberId ?? ''
  expect(members.indexOf(herself)).toBeGreaterThan(0)
})

afterAll(async () => {
  await browser?.close()
})

test('from the 执委会 with 述职评议 on its agenda, she opens the 评议 for the 执委 present and three 妇女代表', async () => {
  const { page } = chair
  await logIn(page, stage.host.url, 'demo-chair')
  await freshGoto(page, stage.at(`/staff/pages/committee/index?orgId=${orgId}&meetingId=${MEETING}`))
  await shown(page, '.open-appraisal-button').first().click()
  await shown(page, '.appraisal-open').first().waitFor()
  await expect(shown(page, '.appraisal-who .choice--on').first().innerText()).resolves.toContain('出席的执委')
  await shown(page, 'input.appraisal-code-count').first().fill('3')
  await screenshot(page, 'appraisal-open')
  await shown(page, '.save-button').filter({ hasText: '开始评议' }).first().click()
  await shown(page, '.appraisal-code').first().waitFor()
  await expect(shown(page, '.appraisal-codes').first().innerText()).resolves.toContain('已用 0 张，还剩 3 张')
  await expect(shown(page, '.appraisal-members').first().innerText()).resolves.toContain(`评议 ${members.length} 位执委`)
})

test('three 妇女代表 each open the QR code’s address on their own phone without login, rate every member and are thanked', async () => {
  const { page } = chair
  for (const [n, grades] of ballots().entries()) {
    const qr = shown(page, '.appraisal-qr').first()
    await qr.waitFor()
    const link = (await qr.getAttribute('data-url')) ?? ''
    // the server drew it (the local host's QR code; in WeChat a mini-program code with the same scene)
    await expect(qr.locator('img').first().getAttribute('src')).resolves.toMatch(/^data:image\/png;base64,/)
    expect(link).toMatch(/#\/appraisal\/pages\/ballot\/index\?scene=[0-9a-f]{12}\.[A-Z2-9]{8}$/)
    if (n === 0) await screenshot(page, 'appraisal-code-qr')
    await expect(shown(page, '.appraisal-code__url').first().innerText()).resolves.toBe(link)
    expect(usedLinks).not.toContain(link)
    usedLinks.push(link)

    const representative = await freshPhone()
    await representative.page.goto(link)
    await expect(shown(representative.page, '.ballot-head__org').first().innerText()).resolves.toContain('和美社区')
    await rateAll(representative.page, '.ballot-page', grades)
    if (n === 0) {
      await shown(representative.page, '.rating-row__comment').first().fill('走访很勤，谢谢她')
      await screenshot(representative.page, 'appraisal-ballot')
    }
    await shown(representative.page, '.ballot-submit').first().click()
    await shown(representative.page, '.state-view__title').filter({ hasText: '提交成功，谢谢您的评议' }).first().waitFor()
    await representative.context.close()

    await shown(page, '.appraisal-next-button').first().click()
    await shown(page, '.appraisal-codes .section__note')
      .filter({ hasText: `已用 ${n + 1} 张，还剩 ${2 - n} 张` })
      .first()
      .waitFor()
    await shown(page, '.appraisal-counts')
      .filter({ hasText: `扫码 ${n + 1} 张` })
      .first()
      .waitFor()
  }
  await shown(page, '.appraisal-codes-done').first().waitFor()
  await screenshot(page, 'appraisal-codes-used')
})

test('a used code opened again on another phone is refused plainly', async () => {
  const late = await freshPhone()
  await late.page.goto(usedLinks[0]!)
  await shown(late.page, '.state-view__title').filter({ hasText: '这张评议码已经用过了' }).first().waitFor()
  await screenshot(late.page, 'appraisal-ballot-used')
  await late.context.close()
})

test('demo-member rates the other 执委 on 执委互评 from her own login, never herself', async () => {
  const member = await freshPhone()
  await logIn(member.page, stage.host.url, 'demo-member')
  await freshGoto(member.page, stage.at(`/staff/pages/appraisal-rate/index?orgId=${orgId}`))
  await rateAll(
    member.page,
    '.appraisal-rate',
    members.slice(1).map(() => 'satisfied'),
  )
  await screenshot(member.page, 'appraisal-rate')
  await shown(member.page, '.save-button').filter({ hasText: '提交互评' }).first().click()
  await shown(member.page, '.state-view__title').filter({ hasText: '您已经完成了互评，谢谢' }).first().waitFor()
  await member.context.close()
})

test('she types in a paper ballot, closes the round and sees each member’s counts and 合格 / 不合格', async () => {
  const { page } = chair
  await rateAll(
    page,
    '.appraisal-paper',
    members.map(() => 'satisfied'),
  )
  await shown(page, '.appraisal-paper .save-button').first().click()
  await shown(page, '.appraisal-counts').filter({ hasText: '纸质 1 张' }).first().waitFor()
  await expect(shown(page, '.appraisal-counts').first().innerText()).resolves.toContain('扫码 3 张')
  await expect(shown(page, '.appraisal-counts').first().innerText()).resolves.toContain('执委互评 1 张')

  await shown(page, '.appraisal-close-button').first().click()
  await shown(page, '.taro-modal__text').first().waitFor()
  await shown(page, '.taro-model__confirm').first().click()
  await shown(page, '.appraisal-results-button').first().click()

  const rows = shown(page, '.appraisal-result')
  await rows.first().waitFor({ timeout: 60_000 })
  // three codes, one paper ballot and demo-member's 互评 (of everyone but herself)
  await expect(rows.filter({ hasText: '共 5 票' }).count()).resolves.toBe(members.length - 1)
  await expect(rows.filter({ hasText: '共 4 票' }).count()).resolves.toBe(1)
  const failed = shown(page, '.appraisal-result--fail')
  await expect(failed.count()).resolves.toBe(1)
  // 2 不满意 of 5 is above one third
  await expect(failed.first().innerText()).resolves.toContain('满意 3 · 基本满意 0 · 不满意 2（共 5 票）')
  await expect(failed.first().innerText()).resolves.toContain('不合格')
  await expect(failed.first().innerText()).resolves.toContain('“走访很勤，谢谢她”')
  await expect(shown(page, '.appraisal-result--pass').filter({ hasText: '满意 4 · 基本满意 1 · 不满意 0（共 5 票）' }).count()).resolves.toBe(members.length - 2)
  await expect(shown(page, '.appraisal-result--pass').filter({ hasText: '满意 3 · 基本满意 1 · 不满意 0（共 4 票）' }).count()).resolves.toBe(1)
  await expect(shown(page, '.appraisal-shortlist-row').count()).resolves.toBe(members.length - 1)
  await screenshot(page, 'appraisal-results')
})
