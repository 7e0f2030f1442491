// A meeting before it is recorded: the chair changes it (another time, place, host, who is
// asked) or calls it off with a reason. The members asked are told in their 消息; a called
// off meeting's agenda goes back to 已立项. A recorded or called-off meeting can be changed
// no more, and each refusal says why in the server's own words.
import type { AuditDoc, MeetingDoc, OutboxDoc, TopicDoc } from '../../../types'
import type { ActionInput } from '../../../types/contracts'
import type { TestServices } from '../../fixtures/services'
import { snapshotStore } from '../../fixtures/snapshot'
import { agendaServices, CALLERS, IDS, meetingInput } from './fixtures/topicsTree'
import { createCaller, dataOf, type Who } from '../../fixtures/caller'

let services: TestServices
const topicsAs = (who: Who) => createCaller('topics', services, who)
beforeEach(async () => {
  services = await agendaServices()
})

const MEETING = meetingInput([IDS.chair, IDS.memberA])
const schedule = async (): Promise<MeetingDoc> => (await dataOf(topicsAs('chair').reply('scheduleMeeting', MEETING))).meeting
const changes = (meeting: MeetingDoc, over: Partial<ActionInput<'topics', 'updateMeeting'>> = {}): ActionInput<'topics', 'updateMeeting'> => {
  const { form, startsAt, place, host, invitedMemberIds, representatives, guests } = meeting
  return { meetingId: meeting._id, version: meeting.version, form, startsAt, place, host, invitedMemberIds, representatives, guests, ...over }
}
/** What the members were told of the meeting after it was made (each was told 请您参会 when it was). */
const meetingNews = async () =>
  (await services.store.find<OutboxDoc>('outbox', { template: 'meetingChange' }, { sort: { createdAt: 1, _id: 1 } }))
    .filter((o) => o.data.phrase !== '请您参会')
    .map((o) => [o.openid, o.data.phrase, o.page])

test('scheduling tells each member asked, once, but not the chair who called it', async () => {
  await dataOf(topicsAs('chair').reply('scheduleMeeting', MEETING, 'req-schedule-1'))
  // a retried request (same requestId) tells nobody again
  await dataOf(topicsAs('chair').reply('scheduleMeeting', MEETING, 'req-schedule-1'))
  const told = await services.store.find<OutboxDoc>('outbox', { template: 'meetingChange' })
  expect(told.map((o) => [o.openid, o.data.phrase, o.data.thing])).toEqual([[CALLERS.member, '请您参会', '议事会 11月25日 15:00']])
})

test('postponing a meeting saves the new time, is audited, and tells the members asked (not the chair who did it)', async () => {
  const meeting = await schedule()
  const { meeting: moved } = await dataOf(topicsAs('chair').reply('updateMeeting', changes(meeting, { startsAt: '2026-11-27T07:00:00.000Z', place: '社区会议室' })))
  expect(moved).toMatchObject({ status: 'scheduled', startsAt: '2026-11-27T07:00:00.000Z', place: '社区会议室', version: 2, topicIds: ['t1', 't2'] })
  const [entry] = await services.store.find<AuditDoc>('audit', { action: 'updateMeeting' })
  expect(entry.summary).toBe('修改了议事会的时间、地点')
  expect(await meetingNews()).toEqual([[CALLERS.member, '时间有变', 'staff/pages/org/index?orgId=comm']])
  const [message] = (await services.store.find<OutboxDoc>('outbox', { template: 'meetingChange' })).filter((o) => o.data.phrase === '时间有变')
  expect(message?.data.thing).toBe('议事会 11月27日 15:00')
})

test('a member no longer asked is told too; a change of place alone is 安排有变', async () => {
  const meeting = await schedule()
  await dataOf(topicsAs('chair').reply('updateMeeting', changes(meeting, { host: '王副主席', invitedMemberIds: [IDS.chair, IDS.vice] })))
  expect((await meetingNews()).map(([openid, phrase]) => [openid, phrase]).sort()).toEqual([
    [CALLERS.member, '安排有变'],
    [CALLERS.viceChair, '安排有变'],
  ])
})

test('the same arrangements sent again change nothing and tell nobody', async () => {
  const meeting = await schedule()
  const before = await snapshotStore(services.store)
  expect(await dataOf(topicsAs('chair').reply('updateMeeting', changes(meeting)))).toMatchObject({ meeting: { version: 1 } })
  expect(await snapshotStore(services.store)).toEqual(before)
})

test('calling a meeting off keeps the reason, sends its agenda back to 已立项 (submitters told), and tells the members asked', async () => {
  const meeting = await schedule()
  const { meeting: cancelled } = await dataOf(topicsAs('chair').reply('cancelMeeting', { meetingId: meeting._id, version: 1, reason: '主持人临时有事，另行安排' }))
  expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '主持人临时有事，另行安排', version: 2 })
  for (const id of ['t1', 't2']) expect(await services.store.getById<TopicDoc>('topics', id)).toMatchObject({ state: 'accepted', meetingId: null })
  expect(await meetingNews()).toEqual([[CALLERS.member, '已取消', 'staff/pages/org/index?orgId=comm']])
  const topicNews = await services.store.find<OutboxDoc>('outbox', { template: 'topicProgress' }, { sort: { createdAt: 1, _id: 1 } })
  expect(topicNews.map((o) => o.data.phrase)).toContain('已立项')
  expect(await services.store.count('audit', { action: 'cancelMeeting' })).toBe(1)
  const listed = await dataOf(topicsAs('chair').reply('listMeetings', { orgId: 'comm', status: 'cancelled' }))
  expect(listed.meetings.map((m) => m._id)).toEqual([meeting._id])
})

test('a retried cancel completes once and tells nobody twice', async () => {
  const meeting = await schedule()
  const cancel = { meetingId: meeting._id, version: 1, reason: '主持人临时有事，另行安排' }
  await dataOf(topicsAs('chair').reply('cancelMeeting', cancel))
  const before = await snapshotStore(services.store)
  expect(await topicsAs('chair').reply('cancelMeeting', cancel)).toMatchObject({ ok: true, data: { meeting: { status: 'cancelled', version: 2 } } })
  expect(await snapshotStore(services.store)).toEqual(before)
})

test('a cancelled or recorded meeting can be neither changed, cancelled nor recorded, and each refusal says why', async () => {
  const meeting = await schedule()
  await dataOf(topicsAs('chair').reply('cancelMeeting', { meetingId: meeting._id, version: 1, reason: '主持人临时有事' }))
  const cancelled = { ...meeting, version: 2 }
  services.clock.set('2026-11-25T09:00:00.000Z')
  expect(await topicsAs('chair').reply('updateMeeting', changes(cancelled))).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这次议事已经取消了，不能再修改' } })
  expect(await topicsAs('chair').reply('cancelMeeting', { meetingId: meeting._id, version: 2, reason: '再取消一次' })).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '这次议事已经取消了，不能再取消' },
  })
  const record = { meetingId: meeting._id, version: 2, attendance: [], records: [{ topicId: 't1', discussion: '讨论了', decision: '同意', owner: '张执委', dueDate: null }] }
  expect(await topicsAs('chair').reply('recordMeeting', record)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这次议事已经取消了，不用再记录' } })

  const other = await dataOf(topicsAs('chair').reply('scheduleMeeting', { ...MEETING, topicIds: ['t1'] }))
  await dataOf(topicsAs('chair').reply('recordMeeting', { ...record, meetingId: other.meeting._id, version: 1 }))
  expect(await topicsAs('chair').reply('updateMeeting', changes({ ...other.meeting, version: 2 }, { place: '别处' }))).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '这次议事已经记录过了，不能再修改' },
  })
})

test('a stale version and a member who has left are refused with nothing written; a plain member may not cancel', async () => {
  const meeting = await schedule()
  const before = await snapshotStore(services.store)
  expect(await topicsAs('chair').reply('updateMeeting', changes(meeting, { version: 7, place: '别处' }))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  expect(await topicsAs('chair').reply('updateMeeting', changes(meeting, { invitedMemberIds: [IDS.left] }))).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', issues: [{ field: 'invitedMemberIds', message: '只能邀请本妇联的在任成员' }] },
  })
  expect(await snapshotStore(services.store)).toEqual(before)
  expect(await topicsAs('member').reply('cancelMeeting', { meetingId: meeting._id, version: 1, reason: '我想取消' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(await services.store.getById<MeetingDoc>('meetings', meeting._id)).toMatchObject({ status: 'scheduled', version: 1 })
})
