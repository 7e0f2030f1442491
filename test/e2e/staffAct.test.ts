// Staff who must act, in real Chromium against `npm start`: the queue puts the urgent
// case first and says how long each waiting case has left; the member given a case
// finds it in her 消息 (nothing of the woman in it) and opens it from there; 求助统计
// shows the chair her own cases exactly and opens the 街道 chair's roll-up first; the
// topic page stops offering 安排议事会 once the meeting is set; a plan whose day has
// gone by asks for its result.
import type { Page } from 'playwright-core'
import type { ActionOutput, GetBoardOutput } from '../../types'
import { acceptedTopic, callApi, devToken } from './support/api'
import { launchPhone, screenshot } from './support/browser'
import { fillKept, freshGoto, logIn, shown, withHostAndPhones } from './support/journey'
import { pollUntil } from './support/poll'

jest.setTimeout(300_000)

const ORG = 'demo-community'
const CALLED = '孙女士'
const STORY = '婆婆天天骂我，丈夫也不管，我想搬出去住但是没有钱'
const TOPIC = '楼道里的声控灯坏了半年没人修'
const PLAN = '重阳节慰问独居老人'
const RESULT = '走访了 12 位独居老人，送去了米面油'

type CaseView = ActionOutput<'requests', 'get'>['case']
const stage = withHostAndPhones(1)
let page: Page
let orgId = ''
let streetId = ''
let caseId = ''
let caseCode = ''

beforeAll(async () => {
  ;({ page } = stage.phones[0])
  orgId = (await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })).board.orgId
  streetId = (await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: 'demo-street' })).board.orgId
})

const tokenOf = (openid: string) => devToken(stage.host.url, openid)
const getCase = async (openid: string) => (await callApi<{ case: CaseView }>(stage.host.url, 'requests', 'get', { caseId }, await tokenOf(openid))).case

/** A normal case demo-resident files through the API: it waits 24 hours for 受理. */
async function fileNormalCase(): Promise<void> {
  const payload = {
    orgId,
    category: 'marriageFamily',
    urgency: 'normal',
    ageBand: '18to59',
    forWhom: 'self',
    name: CALLED,
    description: STORY,
    needs: '',
    phone: '',
    address: '',
    contact: { channel: 'sms', safeTimes: '', doNotCall: true },
    consent: true,
    consentVersion: (await callApi<{ consentVersion: string }>(stage.host.url, 'requests', 'terms', {})).consentVersion,
  }
  const { request } = await callApi<ActionOutput<'requests', 'submit'>>(stage.host.url, 'requests', 'submit', payload, await tokenOf('demo-resident'))
  caseId = request._id
  caseCode = request.code
}

test('item 5: the queue lists the waiting cases first, the urgent one on top, each with its 受理期限 and time left', async () => {
  await fileNormalCase()
  await logIn(page, stage.host.url, 'demo-chair')
  await freshGoto(page, `${stage.host.url}/#/staff/pages/home/index`)
  await shown(page, '.request-queue-entry').first().click()
  const pressing = shown(page, '.requests-pressing .request-row')
  await pressing.first().waitFor()
  const rows = await pressing.allInnerTexts()
  // the demo's urgent case (20 minutes old) comes before the normal one filed just now
  expect(rows[0]).toMatch(/^紧急 · QZ-/)
  expect(rows[0]).toMatch(/剩 1 小时[\s\S]*受理期限 [\d-]+ [\d:]+/)
  const ours = rows.findIndex((text) => text.includes(caseCode))
  expect(ours).toBeGreaterThan(0)
  expect(rows[ours]).toMatch(/剩 2[34] 小时[\s\S]*受理期限 [\d-]+ [\d:]+/)
  await expect(shown(page, '.requests-pressing .request-row--urgent').count()).resolves.toBeGreaterThan(0)
  const pageText = await shown(page, '.requests-console-page').first().innerText()
  for (const secret of [CALLED, STORY]) expect(pageText).not.toContain(secret)
  await screenshot(page, 'staff-act-queue-pressing')
})

test('item 5: the chair gives the case to demo-member; she finds it in 我的消息 without a word of the woman, and opens it', async () => {
  const chairView = await callApi<ActionOutput<'org', 'get'>>(stage.host.url, 'org', 'get', { orgId }, await tokenOf('demo-chair'))
  const memberId = (await callApi<ActionOutput<'org', 'mine'>>(stage.host.url, 'org', 'mine', {}, await tokenOf('demo-member'))).places[0]!.memberId
  const memberName = chairView.members.find((member) => member._id === memberId)?.name ?? ''
  expect(memberName).not.toBe('')
  await shown(page, '.request-row').filter({ hasText: caseCode }).first().click()
  await shown(page, '.request-step-kind .choice')
    .filter({ hasText: /^受理$/ })
    .first()
    .click()
  await shown(page, '.assignee-choice .choice').filter({ hasText: memberName }).first().click()
  await shown(page, '.request-step-button').first().click()
  await pollUntil(
    () => getCase('demo-chair'),
    (view) => view.state === 'accepted',
  )

  await logIn(page, stage.host.url, 'demo-member')
  await shown(page, '.me-messages-button').first().click()
  const message = shown(page, '.message-row').filter({ hasText: '有一件求助请您负责' }).first()
  await message.waitFor()
  const messageText = await shown(page, '.messages-page').first().innerText()
  for (const secret of [CALLED, STORY, '婚姻家庭', caseCode]) expect(messageText).not.toContain(secret)
  expect(await message.innerText()).toContain('请尽快联系')
  await screenshot(page, 'staff-act-member-messages')
  await message.click()
  await page.waitForURL((url) => url.hash.includes('staff/pages/request/') && url.hash.includes(caseId))
  await expect(shown(page, '.request-facts').first().innerText()).resolves.toContain(memberName)
})

test('item 10: the chair’s 求助统计 shows her own cases exactly, not 少于5', async () => {
  const own = await callApi<ActionOutput<'requests', 'stats'>>(stage.host.url, 'requests', 'stats', { orgId, scope: 'own' }, await tokenOf('demo-chair'))
  expect(typeof own.total).toBe('number')
  expect(own.total).toBeLessThan(5)
  await logIn(page, stage.host.url, 'demo-chair')
  await freshGoto(page, `${stage.host.url}/#/staff/pages/requests/index?orgId=${orgId}&scope=own`)
  await shown(page, '.request-stats-button').first().click()
  const total = shown(page, '.stats-total').first()
  await total.waitFor()
  const totalText = await total.innerText()
  expect(totalText).toMatch(new RegExp(`求助总数\\s*${String(own.total)}`))
  expect(totalText).not.toContain('少于5')
  await expect(shown(page, '.stats-by-state').first().innerText()).resolves.not.toContain('少于5')
  await expect(shown(page, '.stats-note').first().innerText()).resolves.toContain('数字是准确的')
  await screenshot(page, 'staff-act-stats-own')
})

test('item 10: the 街道 chair’s 求助统计 opens on the roll-up of the federations below her, not on zeros', async () => {
  await logIn(page, stage.host.url, 'demo-street-chair')
  await freshGoto(page, `${stage.host.url}/#/staff/pages/requests/index?orgId=${streetId}&scope=own`)
  await shown(page, '.request-stats-button').first().click()
  await shown(page, '.stats-total').first().waitFor()
  await expect(shown(page, '.stats-scope .choice--on').first().innerText()).resolves.toBe('含下级妇联')
  const totalText = await shown(page, '.stats-total').first().innerText()
  expect(totalText).not.toMatch(/求助总数\s*0\b/)
  expect(totalText).toMatch(/求助总数\s*(\d+–\d+|少于5|至少 \d+|\d+)/)
  await screenshot(page, 'staff-act-stats-street')
})

test('item 8: back from 安排议事会 the topic page offers 记录这次议事, no longer 安排议事会', async () => {
  const topic = await acceptedTopic(stage.host.url, orgId, 'demo-member', TOPIC, '晚上下楼看不见台阶，老人摔倒过两次')
  await logIn(page, stage.host.url, 'demo-chair')
  await freshGoto(page, `${stage.host.url}/#/staff/pages/topic/index?orgId=${orgId}&topicId=${topic._id}`)
  await shown(page, '.chair-topic-page .schedule-meeting-button').first().click()
  await shown(page, 'input.meeting-time-input').first().fill('00:00')
  await shown(page, 'input.meeting-host-input').first().fill('王秀英')
  await shown(page, '.meeting-invited .choice').first().click()
  await shown(page, '.meeting-topics .choice').filter({ hasText: TOPIC }).first().click()
  await shown(page, '.save-button').first().click()
  await page.waitForURL((url) => url.hash.includes('staff/pages/topic/'))
  await shown(page, '.chair-topic-page .record-meeting-button').first().waitFor()
  await expect(shown(page, '.chair-topic-page .schedule-meeting-button').count()).resolves.toBe(0)
  await expect(shown(page, '.chair-topic-page').first().innerText()).resolves.toContain('已列入议程')
  await screenshot(page, 'staff-act-topic-scheduled')
})

test('item 8: a plan dated last week reads 待补成效; the chair records that it was held, with its result', async () => {
  const lastWeek = new Date(Date.now() + 8 * 3600 * 1000 - 7 * 24 * 3600 * 1000).toISOString().slice(0, 10)
  const fields = { title: PLAN, status: 'planned', date: lastWeek, place: '社区活动室', summary: '', resultText: '', photos: [] }
  const { activity } = await callApi<ActionOutput<'org', 'saveActivity'>>(stage.host.url, 'org', 'saveActivity', { orgId, fields }, await tokenOf('demo-chair'))
  await freshGoto(page, `${stage.host.url}/#/staff/pages/activities/index?orgId=${orgId}`)
  const row = shown(page, '.console-activity').filter({ hasText: PLAN }).first()
  await expect(row.innerText()).resolves.toMatch(/待补成效[\s\S]*日期已过，请补上成效和照片/)
  expect(await row.innerText()).not.toContain('计划中')
  await expect(shown(page, '.activities-awaiting-result').first().innerText()).resolves.toMatch(/有 \d+ 项活动日期已过/)
  await screenshot(page, 'staff-act-activities-awaiting')
  await row.click()
  await shown(page, '.activity-awaits-result').first().waitFor()
  await shown(page, '.activity-held-button').first().click()
  await fillKept(page, shown(page, 'textarea.activity-result-input').first(), RESULT)
  await shown(page, '.save-button').first().click()
  await page.waitForURL((url) => !url.hash.includes('activity-edit'))
  const done = shown(page, '.console-activity').filter({ hasText: PLAN }).first()
  await expect(done.innerText()).resolves.toContain('已开展')
  const saved = await pollUntil(
    async () => (await callApi<ActionOutput<'org', 'get'>>(stage.host.url, 'org', 'get', { orgId }, await tokenOf('demo-chair'))).activities.find((a) => a._id === activity._id),
    (found) => found?.status === 'done',
  )
  expect(saved).toMatchObject({ status: 'done', resultText: RESULT })
})

test('item 8 on the board: a plan of this quarter whose day has gone by reads 成效待公布, never 计划中', async () => {
  const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)
  const title = '巾帼志愿者清扫楼道'
  const fields = { title, status: 'planned', date: today, place: '3栋', summary: '请大家一起来', resultText: '', photos: [] }
  await callApi(stage.host.url, 'org', 'saveActivity', { orgId, fields }, await tokenOf('demo-chair'))
  const resident = await launchPhone()
  try {
    const plan = () => shown(resident.page, '.activity').filter({ hasText: title }).first()
    // today the plan still lies ahead
    await resident.page.goto(`${stage.host.url}/#/pages/board/index?code=${ORG}`)
    await expect(plan().locator('.activity__status').innerText()).resolves.toBe('计划中')
    // a week on, on the same board (the server's quarter is today's; the phone's clock has moved on)
    await resident.page.clock.install({ time: new Date(Date.now() + 7 * 24 * 3600 * 1000) })
    await freshGoto(resident.page, `${stage.host.url}/#/pages/board/index?code=${ORG}`)
    await expect(plan().locator('.activity__status').innerText()).resolves.toBe('成效待公布')
    await screenshot(resident.page, 'staff-act-board-plan-past')
  } finally {
    await resident.context.close()
  }
})
