// 执委会 and 增替补 in real Chromium against `npm start`. demo-chair opens 执委会 from her console
// (the demo's meeting of two months ago is listed), registers a 群众推荐 candidate — first with
// too few 执委 ticked, refused at the field in the server's words — records the 党组织's approval,
// calls a 执委会 with 增替补表决 on its agenda, records who came (a 请假 without its reason is
// refused first), enters the show of hands and sees the server's result: 当选, with the reason
// counted against 应到 (002 增替补及退出制度第十六条). The new member is then on the public board.
import { heldToDuty, type ActionOutput, type GetBoardOutput, type NominationDoc } from '../../types'
import { callApi, devToken } from './support/api'
import { screenshot } from './support/browser'
import { freshGoto, logIn, shown, withHostAndPhones } from './support/journey'
import { callElectionCommittee, fillVote } from './support/committee'
import { pollUntil } from './support/poll'

jest.setTimeout(420_000)

const ORG = 'demo-community'
const CANDIDATE = '周丽娟'
const stage = withHostAndPhones(1)
const [phone] = stage.phones
let orgId = ''
let committeeSize = 0

const chairToken = () => devToken(stage.host.url, 'demo-chair')
const nominations = async () => (await callApi<{ items: NominationDoc[] }>(stage.host.url, 'org', 'listNominations', { orgId }, await chairToken())).items
const candidate = async () => (await nominations()).find((n) => n.candidate.name === CANDIDATE)

beforeAll(async () => {
  orgId = (await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })).board.orgId
  const view = await callApi<ActionOutput<'org', 'get'>>(stage.host.url, 'org', 'get', { orgId }, await chairToken())
  committeeSize = view.members.filter((m) => m.status === 'active' && heldToDuty(m.post)).length
})

test('the console’s 执委会 tile names the last meeting, and the list shows the demo meeting with its attendance', async () => {
  const { page } = phone
  await logIn(page, stage.host.url, 'demo-chair')
  await freshGoto(page, stage.at(`/staff/pages/org/index?orgId=${orgId}`))
  const tile = shown(page, '.console-tile--committees').first()
  await tile.filter({ hasText: '上次' }).waitFor({ timeout: 60_000 })
  await tile.click()
  const row = shown(page, '.committee-row').first()
  await row.waitFor()
  const text = await row.innerText()
  expect(text).toContain('已记录')
  expect(text).toContain(`出席 ${committeeSize - 1}/应到 ${committeeSize}`)
  expect(text).toContain('述职评议')
  await screenshot(page, 'committee-list')
})

test('she registers a 群众推荐 candidate: too few 执委 are refused in the server’s words, a third of them is enough', async () => {
  const { page } = phone
  await shown(page, '.nominations-button').first().click()
  await shown(page, '.nominate-button').first().click()
  await shown(page, 'input.nomination-name-input').first().fill(CANDIDATE)
  await shown(page, '.nomination-route .choice').filter({ hasText: '群众推荐' }).first().click()
  await expect(shown(page, '.nomination-mass-rule').first().innerText()).resolves.toContain(`至少 ${Math.ceil(committeeSize / 3)} 位执委推荐`)
  await shown(page, '.nomination-supporters .choice').first().click()
  await shown(page, '.save-button').first().click()
  const refusal = shown(page, '.form-field__error').filter({ hasText: '群众推荐要有三分之一以上执委' }).first()
  await refusal.waitFor()
  await expect(refusal.innerText()).resolves.toContain(`本会现有 ${committeeSize} 位执委`)
  await screenshot(page, 'committee-nomination-refused')
  for (let i = 1; i < Math.ceil(committeeSize / 3); i++) await shown(page, '.nomination-supporters .choice').nth(i).click()
  await shown(page, '.save-button').first().click()
  await page.waitForURL((url) => !url.hash.includes('nomination-new'))
  const saved = await pollUntil(candidate, (n) => n?.status === 'nominated')
  expect(saved?.support).toMatchObject({ route: 'mass', women: 0 })
})

test('she records the 党组织’s approval on the candidate’s page', async () => {
  const { page } = phone
  await freshGoto(page, stage.at(`/staff/pages/nominations/index?orgId=${orgId}`))
  const row = shown(page, '.nomination-row').filter({ hasText: CANDIDATE }).first()
  await expect(row.innerText()).resolves.toContain('待党组织审议')
  await row.click()
  await shown(page, 'input.approval-by-input').first().fill('和美社区党委')
  await shown(page, 'input.approval-number-input').first().fill('和社党〔2026〕12号')
  await shown(page, '.save-button').first().click()
  await shown(page, '.nomination-facts').filter({ hasText: '待执委会表决' }).first().waitFor()
  await expect(shown(page, '.nomination-facts').first().innerText()).resolves.toContain('党组织批准：和美社区党委')
  expect((await candidate())?.status).toBe('approved')
})

test('she calls a 执委会 with 增替补表决, records attendance, enters the vote and sees 当选 from the server', async () => {
  const { page } = phone
  await callElectionCommittee(page, stage.at(`/staff/pages/committees/index?orgId=${orgId}`), CANDIDATE, async () => {
    await expect(shown(page, '.committee-invited .choice--on').count()).resolves.toBe(committeeSize)
    await screenshot(page, 'committee-new')
  })
  const row = shown(page, '.committee-row').filter({ hasText: CANDIDATE }).first()
  await expect(row.innerText()).resolves.toContain('待召开')
  await row.click()
  const last = shown(page, '.committee-attendance-row').last()
  await last.locator('.choice').filter({ hasText: '请假' }).click()
  await shown(page, 'textarea.committee-minutes-input').first().fill(`会议表决增补${CANDIDATE}为执委。`)
  await shown(page, '.save-button').first().click()
  await shown(page, '.form-field__error').filter({ hasText: '请假要写明原因' }).first().waitFor()
  await shown(page, 'input.committee-excuse-input').first().fill('在外地学习')
  await screenshot(page, 'committee-record')
  await shown(page, '.save-button').first().click()

  await shown(page, '.vote-form').first().waitFor()
  await expect(shown(page, '.committee-attendance').first().innerText()).resolves.toContain(`出席 ${committeeSize - 1}/应到 ${committeeSize}`)
  await expect(shown(page, '.vote-rule-quote').first().innerText()).resolves.toContain('每位候选人获得赞成票数超过应到会执委的半数方能当选。')
  await fillVote(page, committeeSize - 1)
  await screenshot(page, 'committee-vote-form')
  await shown(page, '.save-button').filter({ hasText: '录入表决结果' }).first().click()

  const result = shown(page, '.vote-result').filter({ hasText: CANDIDATE }).first()
  await result.waitFor()
  const words = await result.innerText()
  expect(words).toContain('当选')
  expect(words).toContain(`赞成 ${committeeSize - 1} 票，超过应到 ${committeeSize} 人的半数，当选`)
  await expect(shown(page, '.vote-quorum').first().innerText()).resolves.toContain('选举有效')
  await screenshot(page, 'committee-vote-result')
  const elected = await candidate()
  expect(elected).toMatchObject({ status: 'elected', vote: { elected: true, expected: committeeSize, present: committeeSize - 1, tellers: ['刘会计'] } })
  expect(elected?.memberId).not.toBeNull()
})

test('the new member is on the public board', async () => {
  const { page } = phone
  const board = await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })
  expect(board.board.members.map((m) => m.name)).toContain(CANDIDATE)
  await freshGoto(page, stage.at(`/pages/board/index?scene=${ORG}`))
  await shown(page, '.member-card').filter({ hasText: CANDIDATE }).first().waitFor({ timeout: 60_000 })
  await screenshot(page, 'committee-board-new-member')
})

test('the 街道 chair, on the 村’s console, is told it held no 执委会 in half a year and can call one from the warning', async () => {
  const { page } = phone
  const villageId = (await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: 'demo-village' })).board.orgId
  await logIn(page, stage.host.url, 'demo-street-chair', { fresh: true })
  await freshGoto(page, stage.at(`/staff/pages/org/index?orgId=${villageId}`))
  const warning = shown(page, '.rule-warning--noCommittee').first()
  await warning.waitFor({ timeout: 60_000 })
  await expect(warning.innerText()).resolves.toContain('最近半年没有召开执委会全体会议')
  // the tile's own figures arrive after the warning: waited for, not read the moment the tile shows
  await shown(page, '.console-tile--committees').filter({ hasText: '还没有记录过执委会' }).first().waitFor()
  await warning.locator('.rule-warning__action--committee').click()
  await shown(page, '.committee-form').first().waitFor()
  await expect(shown(page, '.committee-invited .choice--on').count()).resolves.toBeGreaterThan(0)
  await screenshot(page, 'committee-warning-action')
})
