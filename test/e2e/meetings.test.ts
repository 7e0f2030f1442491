// A meeting before it is held, in real Chromium against `npm start`. demo-chair tries to
// record a meeting that has not begun and is told so in the server's words (not that
// someone else edited it); she postpones it to another day and place, then calls it off
// with a reason. demo-member, who was asked, finds each change in her 消息; the called-off
// agenda goes back to 已立项 and the meeting is listed under 已取消.
import type { Page } from 'playwright-core'
import type { GetBoardOutput } from '../../types'
import { callApi, devToken } from './support/api'
import { screenshot } from './support/browser'
import { freshGoto, logIn, shown, withHostAndPhones } from './support/journey'
import { pollUntil } from './support/poll'

jest.setTimeout(300_000)

const ORG = 'demo-community'
const TITLE = '楼道堆物清理'
const DAY_MS = 24 * 3600 * 1000
const stage = withHostAndPhones(1)
const [phone] = stage.phones
let orgId = ''
let topicId = ''
let meetingId = ''

type Meeting = { _id: string; version: number; status: string; startsAt: string; place: string; cancelReason?: string }

const as = (openid: string) => devToken(stage.host.url, openid)
const getMeeting = async () => (await callApi<{ meeting: Meeting }>(stage.host.url, 'topics', 'getMeeting', { meetingId }, await as('demo-chair'))).meeting
/** "2026-12-03" in Beijing, `days` from now. */
const beijingDay = (days: number) => new Date(Date.now() + days * DAY_MS + 8 * 3600 * 1000).toISOString().slice(0, 10)

/** An accepted topic on a meeting three days ahead, demo-member asked to it (set up through the API). */
async function upcomingMeeting(): Promise<void> {
  const resident = await as('demo-resident')
  const chair = await as('demo-chair')
  const payload = {
    orgId,
    title: TITLE,
    problem: '3号楼楼道里堆满了杂物，老人上下楼容易绊倒',
    proposal: '',
    category: 'publicService',
    channel: 'online',
    name: '刘女士',
    anonymous: false,
    onBehalfOf: '',
  }
  const { topic } = await callApi<{ topic: { _id: string; version: number } }>(stage.host.url, 'topics', 'submit', payload, resident)
  topicId = topic._id
  await callApi(stage.host.url, 'topics', 'review', { topicId, version: topic.version, decision: { kind: 'accept' } }, chair)
  const places = await callApi<{ places: { orgId: string; memberId: string }[] }>(stage.host.url, 'org', 'mine', {}, await as('demo-member'))
  const memberId = places.places.find((place) => place.orgId === orgId)?.memberId
  if (!memberId) throw new Error('demo-member should be a member of the demo community')
  const startsAt = new Date(Date.now() + 3 * DAY_MS).toISOString()
  const meeting = {
    orgId,
    form: 'plenary',
    startsAt,
    place: '和美社区妇女之家',
    host: '王秀英',
    invitedMemberIds: [memberId],
    representatives: [],
    guests: [],
    topicIds: [topicId],
  }
  meetingId = (await callApi<{ meeting: Meeting }>(stage.host.url, 'topics', 'scheduleMeeting', meeting, chair)).meeting._id
}

beforeAll(async () => {
  orgId = (await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })).board.orgId
  await upcomingMeeting()
})

async function openMeeting(page: Page): Promise<void> {
  await freshGoto(page, stage.at(`/staff/pages/meetings/index?orgId=${orgId}`))
  await shown(page, '.meeting-row').filter({ hasText: TITLE }).first().click()
  await shown(page, '.meeting-header').first().waitFor()
}

async function messagesOf(page: Page, openid: string): Promise<string> {
  await logIn(page, stage.host.url, openid, { fresh: true })
  await freshGoto(page, stage.at('/pages/messages/index'))
  await shown(page, '.message-row').first().waitFor()
  return shown(page, '.messages-page').first().innerText()
}

test('minutes of a meeting not yet held are refused in the server’s words, not as someone else’s edit', async () => {
  const { page } = phone
  await logIn(page, stage.host.url, 'demo-chair', { fresh: true })
  await openMeeting(page)
  await shown(page, 'textarea.record-discussion-input').first().fill('大家同意清理')
  await shown(page, 'textarea.record-decision-input').first().fill('周六集中清理楼道')
  await shown(page, 'input.record-owner-input').first().fill('王秀英')
  await shown(page, '.save-button').filter({ hasText: '保存议事记录' }).first().click()
  const notice = shown(page, '.conflict-notice').first()
  await expect(notice.innerText()).resolves.toContain('议事还没有开始，开完会再记录')
  await expect(notice.innerText()).resolves.not.toContain('别人修改过')
  await screenshot(page, 'meetings-not-started')
  expect((await getMeeting()).status).toBe('scheduled')
})

test('she postpones it to another day and place; demo-member is told the time changed', async () => {
  const { page } = phone
  await openMeeting(page)
  await shown(page, '.meeting-change-choice .choice').filter({ hasText: '改期' }).first().click()
  await shown(page, 'input.meeting-change-date-input').first().fill(beijingDay(5))
  await shown(page, 'input.meeting-change-time-input').first().fill('15:30')
  await shown(page, 'input.meeting-change-place-input').first().fill('社区二楼会议室')
  await screenshot(page, 'meetings-postpone-form')
  await shown(page, '.save-button').filter({ hasText: '保存修改并告知执委' }).first().click()
  await expect(shown(page, '.meeting-header').filter({ hasText: '社区二楼会议室' }).first().innerText()).resolves.toContain(`${beijingDay(5)} 15:30`)
  const moved = await getMeeting()
  expect(moved).toMatchObject({ status: 'scheduled', place: '社区二楼会议室', version: 2 })
  const inbox = await messagesOf(page, 'demo-member')
  expect(inbox).toContain('时间有变')
  expect(inbox).toContain('15:30')
  // and, before that, that she was asked to it
  expect(inbox).toContain('请您参会')
  await screenshot(page, 'meetings-member-told-postponed')
})

test('she calls it off: a reason too short is named in Chinese, then the agenda goes back and demo-member is told', async () => {
  const { page } = phone
  await logIn(page, stage.host.url, 'demo-chair', { fresh: true })
  await openMeeting(page)
  await shown(page, '.meeting-change-choice .choice').filter({ hasText: '取消议事会' }).first().click()
  await shown(page, 'textarea.meeting-cancel-reason-input').first().fill('改')
  await shown(page, '.save-button').filter({ hasText: '取消这次议事会' }).first().click()
  await expect(shown(page, '.form-field--reason .field-error').first().innerText()).resolves.toBe('取消的原因至少 2 个字')
  await shown(page, 'textarea.meeting-cancel-reason-input').first().fill('主持人临时出差，下月另行安排')
  await shown(page, '.save-button').filter({ hasText: '取消这次议事会' }).first().click()
  await expect(shown(page, '.meeting-header').filter({ hasText: '已取消' }).first().innerText()).resolves.toContain('主持人临时出差，下月另行安排')
  await screenshot(page, 'meetings-cancelled')
  await pollUntil(
    async () => (await callApi<{ topic: { state: string } }>(stage.host.url, 'topics', 'get', { topicId }, await as('demo-chair'))).topic,
    (topic) => topic.state === 'accepted',
  )
  await freshGoto(page, stage.at(`/staff/pages/meetings/index?orgId=${orgId}`))
  await shown(page, '.meeting-status .choice').filter({ hasText: '已取消' }).first().click()
  await expect(shown(page, '.meeting-row').filter({ hasText: TITLE }).first().innerText()).resolves.toContain('已取消')
  expect(await messagesOf(page, 'demo-member')).toContain('已取消')
})
