// The committee's term, an election announced, and the written 述职, in real Chromium against
// `npm start`. demo-chair sets the term rules (000 三(一): "每届任期三至五年"; the days the board
// announces a change; the 述职评议 share), registers a 群众推荐 candidate, records the 党组织's approval,
// holds a 执委会 with attendance and the vote; the candidate is elected, serves out the federation's
// term, the 执委会's record keeps her result, and the PUBLIC board shows her and 「增补执委 …」 with the
// day (002 增替补及退出制度第十七条). Then demo-member files her written 述职 (履职制度第八条 "每年在执委会上
// 进行书面述职一次"), the form prefilled from her 履职 record, and demo-chair reads it.
import { heldToDuty, termEndFrom, type ActionOutput, type GetBoardOutput, type MemberDoc, type NominationDoc } from '../../types'
import { callApi, devToken } from './support/api'
import { screenshot } from './support/browser'
import { fillKept, freshGoto, logIn, shown, withHostAndPhones } from './support/journey'
import { callElectionCommittee, fillVote } from './support/committee'
import { pollUntil } from './support/poll'

jest.setTimeout(420_000)

const ORG = 'demo-community'
const CANDIDATE = '唐秀英'
const TERM_START = '2024-03-01'
const ADDED = '今年牵头成立了5栋带娃妈妈互助小组。'
const REVISED = '明年打算每季度开展一次家庭教育宣讲。'
const stage = withHostAndPhones(1)
const [phone] = stage.phones
let orgId = ''
let committeeSize = 0

const chairToken = () => devToken(stage.host.url, 'demo-chair')
const consoleView = async () => callApi<ActionOutput<'org', 'get'>>(stage.host.url, 'org', 'get', { orgId }, await chairToken())
const candidate = async () =>
  (await callApi<{ items: NominationDoc[] }>(stage.host.url, 'org', 'listNominations', { orgId }, await chairToken())).items.find((n) => n.candidate.name === CANDIDATE)
/** 2026-11-30 → 2026年11月30日 */
const chineseDate = (date: string) => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`
const beijingDate = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10)

beforeAll(async () => {
  orgId = (await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })).board.orgId
  committeeSize = (await consoleView()).members.filter((m) => m.status === 'active' && heldToDuty(m.post)).length
})

test('the chair sets the term rules from the 执委会 list: the term’s end is shown, and the saved rules are the federation’s', async () => {
  const { page } = phone
  await logIn(page, stage.host.url, 'demo-chair')
  await freshGoto(page, stage.at(`/staff/pages/committees/index?orgId=${orgId}`))
  await shown(page, '.committee-rules-button').first().click()
  await shown(page, 'input.term-start-input').first().waitFor()
  await expect(shown(page, '.form-field__hint').filter({ hasText: '每届任期三至五年' }).count()).resolves.toBe(1)
  await fillKept(page, shown(page, 'input.term-start-input').first(), TERM_START)
  await shown(page, '.term-years .choice').filter({ hasText: '5 年' }).first().click()
  await shown(page, '.term-end-words').filter({ hasText: '本届任期到 2029年2月28日' }).first().waitFor()
  await fillKept(page, shown(page, 'input.announce-days-input').first(), '15')
  await expect(shown(page, '.fail-share .choice--on').first().innerText()).resolves.toContain('三分之一')
  await shown(page, '.fail-share .choice').filter({ hasText: '二分之一' }).first().click()
  await screenshot(page, 'election-term-rules')
  await shown(page, '.save-button').first().click()
  const saved = await pollUntil(consoleView, (view) => view.org.committeeRules?.termStart === TERM_START)
  expect(saved.org.committeeRules).toEqual({ termStart: TERM_START, termYears: 5, announceDays: 15, failShare: { numerator: 1, denominator: 2 } })
})

test('she registers a 群众推荐 candidate and records the 党组织’s approval', async () => {
  const { page } = phone
  await freshGoto(page, stage.at(`/staff/pages/committees/index?orgId=${orgId}`))
  await shown(page, '.nominations-button').first().click()
  await shown(page, '.nominate-button').first().click()
  await fillKept(page, shown(page, 'input.nomination-name-input').first(), CANDIDATE)
  await shown(page, '.nomination-route .choice').filter({ hasText: '群众推荐' }).first().click()
  for (let i = 0; i < Math.ceil(committeeSize / 3); i++) await shown(page, '.nomination-supporters .choice').nth(i).click()
  await shown(page, '.save-button').first().click()
  await page.waitForURL((url) => !url.hash.includes('nomination-new'))
  await pollUntil(candidate, (n) => n?.status === 'nominated')

  await freshGoto(page, stage.at(`/staff/pages/nominations/index?orgId=${orgId}`))
  await shown(page, '.nomination-row').filter({ hasText: CANDIDATE }).first().click()
  await fillKept(page, shown(page, 'input.approval-by-input').first(), '和美社区党委')
  await fillKept(page, shown(page, 'input.approval-number-input').first(), '和社党〔2026〕21号')
  await shown(page, '.save-button').first().click()
  await shown(page, '.nomination-facts').filter({ hasText: '待执委会表决' }).first().waitFor()
  expect((await candidate())?.status).toBe('approved')
})

test('she holds the 执委会 with attendance and the vote: 当选, and the meeting’s record keeps the result with the counts', async () => {
  const { page } = phone
  await callElectionCommittee(page, stage.at(`/staff/pages/committees/index?orgId=${orgId}`), CANDIDATE)
  await shown(page, '.committee-row').filter({ hasText: CANDIDATE }).first().click()
  await shown(page, '.committee-attendance-row').last().locator('.choice').filter({ hasText: '请假' }).click()
  await fillKept(page, shown(page, 'input.committee-excuse-input').first(), '在外地学习')
  await fillKept(page, shown(page, 'textarea.committee-minutes-input').first(), `会议表决增补${CANDIDATE}为执委。`)
  await shown(page, '.save-button').first().click()

  await shown(page, '.vote-form').first().waitFor()
  await fillVote(page, committeeSize - 1)
  await shown(page, '.save-button').filter({ hasText: '录入表决结果' }).first().click()
  await shown(page, '.vote-result').filter({ hasText: CANDIDATE }).first().waitFor()

  const line = shown(page, '.committee-vote-result-line').filter({ hasText: CANDIDATE }).first()
  await line.waitFor()
  await expect(line.innerText()).resolves.toBe(
    `增补 ${CANDIDATE}：赞成 ${committeeSize - 1} 票、弃权 0 票、反对 0 票（应到 ${committeeSize} 人，出席 ${committeeSize - 1} 人），当选`,
  )
  await screenshot(page, 'election-minutes-result')
})

test('elected, she serves out the federation’s term, shown on the member list', async () => {
  const { page } = phone
  const elected = await candidate()
  expect(elected?.status).toBe('elected')
  const member = (await consoleView()).members.find((m) => m._id === elected?.memberId) as MemberDoc | undefined
  const end = termEndFrom(TERM_START, 5)
  expect(member).toMatchObject({ name: CANDIDATE, termStart: beijingDate(elected?.vote?.at ?? ''), termEnd: end })
  await freshGoto(page, stage.at(`/staff/pages/members/index?orgId=${orgId}`))
  const row = shown(page, '.console-member').filter({ hasText: CANDIDATE }).first()
  await expect(row.innerText()).resolves.toContain(`任期至 ${chineseDate(end)}`)
})

test('the PUBLIC board shows her, and announces 增补执委 with the day — no votes, no approval', async () => {
  const { page } = phone
  const elected = await candidate()
  const words = `增补执委 ${CANDIDATE}，${chineseDate(beijingDate(elected?.vote?.at ?? ''))}`
  const board = await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })
  expect(board.board.committeeChanges).toEqual([{ kind: 'add', name: CANDIDATE, on: beijingDate(elected?.vote?.at ?? '') }])
  expect(JSON.stringify(board)).not.toContain('和社党〔2026〕21号')
  await freshGoto(page, stage.at(`/pages/board/index?scene=${ORG}`))
  await shown(page, '.member-card').filter({ hasText: CANDIDATE }).first().waitFor({ timeout: 60_000 })
  const announcement = shown(page, '.committee-change').filter({ hasText: CANDIDATE }).first()
  await expect(announcement.innerText()).resolves.toBe(words)
  await expect(shown(page, '.committee-change-section').first().innerText()).resolves.not.toContain('赞成')
  await announcement.scrollIntoViewIfNeeded()
  await screenshot(page, 'election-board-announcement')
})

test('a member files her written 述职 prefilled from her 履职 record, revises it, and the chair reads it', async () => {
  const { page } = phone
  const memberToken = await devToken(stage.host.url, 'demo-member')
  const year = Number(beijingDate(new Date().toISOString()).slice(0, 4))
  const draft = await callApi<ActionOutput<'org', 'dutyReportDraft'>>(stage.host.url, 'org', 'dutyReportDraft', { orgId, year }, memberToken)
  await logIn(page, stage.host.url, 'demo-member', { fresh: true })
  await freshGoto(page, stage.at(`/staff/pages/duty/index?orgId=${orgId}`))
  await shown(page, '.duty-report-button').first().click()
  const box = shown(page, 'textarea.duty-report-input').first()
  await box.waitFor()
  const prefilled = await box.inputValue()
  expect(prefilled).toContain(`共记录履职 ${draft.facts.entries} 次，联系服务妇女群众 ${draft.facts.women} 人次`)
  expect(prefilled).toContain('一次联系完成')
  await expect(shown(page, '.duty-report-facts').first().innerText()).resolves.toContain(`全年记录履职 ${draft.facts.entries} 次`)
  await box.fill(`${prefilled}${ADDED}`)
  await screenshot(page, 'election-duty-report-form')
  await shown(page, '.save-button').filter({ hasText: '提交述职' }).first().click()
  // revised before its 执委会 is recorded: the form is open again, with what she filed
  const revise = shown(page, 'textarea.duty-report-input').first()
  await shown(page, '.save-button').filter({ hasText: '保存修改' }).first().waitFor()
  await expect(revise.inputValue()).resolves.toContain(ADDED)
  await revise.fill(`${await revise.inputValue()}${REVISED}`)
  await shown(page, '.save-button').filter({ hasText: '保存修改' }).first().click()
  const filed = await pollUntil(
    async () => callApi<ActionOutput<'org', 'getDutyReport'>>(stage.host.url, 'org', 'getDutyReport', { memberId: draft.memberId, year }, memberToken),
    (reply) => reply.report?.revisedAt !== null,
  )
  expect(filed.report?.reportText).toContain(REVISED)
  expect(filed.report?.reportText).toContain(ADDED)
  expect(filed.report?.reportText).toContain(`共记录履职 ${draft.facts.entries} 次`)

  await logIn(page, stage.host.url, 'demo-chair', { fresh: true })
  await freshGoto(page, stage.at(`/staff/pages/committees/index?orgId=${orgId}`))
  await shown(page, '.duty-reports-button').first().click()
  const row = shown(page, '.duty-report-row').filter({ hasText: draft.memberName }).first()
  await expect(row.innerText()).resolves.toContain('已提交')
  await expect(shown(page, '.duty-report-row').filter({ hasText: '未提交' }).count()).resolves.toBeGreaterThan(0)
  await screenshot(page, 'election-duty-reports')
  await row.click()
  const text = shown(page, '.duty-report-view .duty-report-text').first()
  await text.waitFor()
  await expect(text.innerText()).resolves.toContain(ADDED)
  await screenshot(page, 'election-duty-report-view')
})
