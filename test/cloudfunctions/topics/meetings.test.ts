// Meetings: the chair schedules one (form, time, place, host, invited members, 妇女代表,
// guests) with accepted topics on its agenda, then records attendance and 一事一记 per
// topic, which makes each topic 已议定. A retry changes nothing more; a second, different
// record, wrong lists and early records are refused.
import type { AuditDoc, OutboxDoc, TopicDoc } from '../../../types'
import type { ActionInput } from '../../../types/contracts'
import type { TestServices } from '../../fixtures/services'
import { snapshotStore } from '../../fixtures/snapshot'
import { agendaServices, IDS, topicIn, meetingInput } from './fixtures/topicsTree'
import { createCaller, dataOf, type Who } from '../../fixtures/caller'

let services: TestServices
const topicsAs = (who: Who) => createCaller('topics', services, who)
beforeEach(async () => {
  services = await agendaServices()
  await services.store.insert('topics', topicIn('t3', 'submitted'))
})

type Recording = ActionInput<'topics', 'recordMeeting'>
const MEETING = meetingInput([IDS.chair, IDS.memberA, IDS.memberB], ['社区党委书记 赵书记'])
const RECORD = (topicId: string): Recording['records'][number] => ({
  topicId,
  discussion: '大家认为很有必要，场地可用二楼。',
  decision: '设母婴室，社区出资',
  owner: '张执委',
  dueDate: '2026-12-31',
})

const schedule = (payload = MEETING, requestId?: string) => topicsAs('chair').reply('scheduleMeeting', payload, requestId)

test('scheduling puts the agenda topics on the meeting (已列入议程), audited, each submitter told', async () => {
  const { meeting } = await dataOf(schedule())
  expect(meeting).toMatchObject({ status: 'scheduled', form: 'plenary', topicIds: ['t1', 't2'], guests: ['社区党委书记 赵书记'] })
  for (const id of ['t1', 't2']) expect(await services.store.getById<TopicDoc>('topics', id)).toMatchObject({ state: 'scheduled', meetingId: meeting._id, version: 2 })
  expect(await services.store.count('audit', { action: 'scheduleMeeting' })).toBe(1)
  const outbox = await services.store.find<OutboxDoc>('outbox', {}, { sort: { openid: 1, template: 1 } })
  expect(outbox.map((o) => [o.openid, o.data.phrase])).toEqual([
    ['oid-member', '请您参会'],
    ['oid-member', '已列入议程'],
    ['oid-resident', '已列入议程'],
  ])
})

test('a retried schedule with the same requestId makes one meeting', async () => {
  const first = await dataOf(schedule(MEETING, 'req-meeting-01'))
  const again = await dataOf(schedule(MEETING, 'req-meeting-01'))
  expect(again.meeting._id).toBe(first.meeting._id)
  expect(await services.store.count('meetings', {})).toBe(1)
})

test.each([
  ['a topic not yet accepted', { topicIds: ['t1', 't3'] }, 'CONFLICT'],
  ['a topic of another federation', { topicIds: ['zz'] }, 'NOT_FOUND'],
  ['the same topic twice', { topicIds: ['t1', 't1'] }, 'INVALID_INPUT'],
  ['a member of another federation', { invitedMemberIds: ['other-staff'] }, 'INVALID_INPUT'],
  ['a member who has left', { invitedMemberIds: [IDS.left] }, 'INVALID_INPUT'],
])('scheduling with %s is refused and nothing is written', async (_what, change, code) => {
  await services.store.insert('topics', topicIn('zz', 'accepted', { orgId: 'other' }))
  const before = await snapshotStore(services.store)
  expect(await schedule({ ...MEETING, ...change })).toMatchObject({ ok: false, error: { code } })
  expect(await snapshotStore(services.store)).toEqual(before)
})

test('recording attendance and one record per topic makes those topics 已议定; the meeting keeps it all', async () => {
  const { meeting } = await dataOf(schedule())
  services.clock.set('2026-11-25T09:00:00.000Z')
  const attendance: Recording['attendance'] = [
    { memberId: IDS.chair, status: 'present' },
    { memberId: IDS.memberA, status: 'excused' },
    { memberId: IDS.memberB, status: 'absent' },
  ]
  const recorded = await topicsAs('chair').recordMeeting({ meetingId: meeting._id, version: 1, attendance, records: [RECORD('t1')] })
  expect(recorded.meeting).toMatchObject({ status: 'recorded', attendance, records: [RECORD('t1')], version: 2 })
  expect(await services.store.getById<TopicDoc>('topics', 't1')).toMatchObject({ state: 'decided', record: RECORD('t1') })
  const [entry] = await services.store.find<AuditDoc>('audit', { action: 'recordMeeting' })
  expect(entry.summary).toBe('记录了议事：议题t1；出席 1 人')
})

test('an agenda topic the meeting did not get to goes back to 已立项, its submitter is told, and it can go on the next agenda', async () => {
  const { meeting } = await dataOf(schedule())
  services.clock.set('2026-11-25T09:00:00.000Z')
  await topicsAs('chair').recordMeeting({ meetingId: meeting._id, version: 1, attendance: [], records: [RECORD('t1')] })
  expect(await services.store.getById<TopicDoc>('topics', 't2')).toMatchObject({ state: 'accepted', meetingId: null, record: null, version: 3 })
  const told = await services.store.find<OutboxDoc>('outbox', { openid: 'oid-member', template: 'topicProgress' }, { sort: { createdAt: 1, _id: 1 } })
  expect(told.map((o) => o.data.phrase)).toEqual(['已列入议程', '已立项'])
  const next = await dataOf(schedule({ ...MEETING, startsAt: '2026-12-02T07:00:00.000Z', topicIds: ['t2'] }))
  expect(await services.store.getById<TopicDoc>('topics', 't2')).toMatchObject({ state: 'scheduled', meetingId: next.meeting._id })
})

test('a meeting cannot be recorded before it starts, twice, or with topics or people not on it', async () => {
  const { meeting } = await dataOf(schedule())
  const record = (over: Partial<Recording>, version = 1) =>
    topicsAs('chair').reply('recordMeeting', { meetingId: meeting._id, version, attendance: [], records: [RECORD('t1')], ...over })
  expect(await record({})).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '议事还没有开始，开完会再记录' } })
  services.clock.set('2026-11-25T09:00:00.000Z')
  expect(await record({ records: [RECORD('t3')] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  expect(await record({ attendance: [{ memberId: IDS.vice, status: 'present' }] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  expect(await record({ records: [RECORD('t1'), RECORD('t1')] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  await dataOf(record({}))
  expect(await record({}, 2)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这次议事已经记录过了' } })
  const changed = { records: [{ ...RECORD('t1'), decision: '改为租用场地' }] }
  expect(await record(changed, 1)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这次议事已经记录过了' } })
  const before = await snapshotStore(services.store)
  expect(await record({}, 1)).toMatchObject({ ok: true, data: { meeting: { status: 'recorded', version: 2 } } })
  expect(await snapshotStore(services.store)).toEqual(before)
})

test('a plain member may neither schedule nor record', async () => {
  expect(await topicsAs('member').reply('scheduleMeeting', MEETING)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  const { meeting } = await dataOf(schedule())
  expect(await topicsAs('member').reply('recordMeeting', { meetingId: meeting._id, version: 1, attendance: [], records: [RECORD('t1')] })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  })
})
