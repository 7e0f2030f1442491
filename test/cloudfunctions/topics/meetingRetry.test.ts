// Scheduling and recording a meeting never stop half-way for good: every topic is checked
// before the first write, and when a call is cut off part-way through its topic writes,
// the retried call (same requestId; for a record, the same meeting version) completes
// what was left — one meeting, every topic moved, each submitter told once.
import type { BoardDoc, OutboxDoc, TopicDoc } from '../../../types'
import type { ActionInput } from '../../../types/contracts'
import type { TestServices } from '../../fixtures/services'
import { snapshotStore } from '../../fixtures/snapshot'
import { breakingAfter, losingFirstTopicWrite } from './fixtures/interrupted'
import { agendaServices, IDS, topicIn } from './fixtures/topicsTree'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const topicsAs = (who: Who) => createCaller('topics', services, who)
beforeEach(async () => {
  services = await agendaServices()
  await services.store.insert('topics', topicIn('t3', 'accepted'))
})

const MEETING: ActionInput<'topics', 'scheduleMeeting'> = {
  orgId: 'comm',
  form: 'plenary',
  startsAt: '2026-11-22T07:00:00.000Z',
  place: '幸福社区妇女之家',
  host: '李主席',
  invitedMemberIds: [IDS.chair, IDS.memberA],
  representatives: [],
  guests: [],
  topicIds: ['t1', 't2', 't3'],
}
const RECORD = (topicId: string): ActionInput<'topics', 'recordMeeting'>['records'][number] => ({
  topicId,
  discussion: '大家认为很有必要。',
  decision: `议定${topicId}`,
  owner: '张执委',
  dueDate: null,
})
const RECORDING = (meetingId: string): ActionInput<'topics', 'recordMeeting'> => ({
  meetingId,
  version: 1,
  attendance: [{ memberId: IDS.memberA, status: 'present' }],
  records: ['t1', 't2', 't3'].map(RECORD),
})

/** The chair, calling on services whose store misbehaves. */
const chairOn = (over: TestServices) => createCaller('topics', over, 'chair')
const states = async () => (await services.store.find<TopicDoc>('topics', {}, { sort: { _id: 1 } })).map((t) => t.state)
const toldOf = async (phrase: string) => (await services.store.find<OutboxDoc>('outbox', { 'data.phrase': phrase })).map((o) => o.page).sort()

test('a schedule cut off after its first topic is completed by the retry: one meeting, every topic on it, each submitter told once', async () => {
  const cut = await chairOn(breakingAfter(services, 1)).reply('scheduleMeeting', MEETING, 'req-cut-schedule')
  expect(cut).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  expect(await states()).toEqual(['scheduled', 'accepted', 'accepted'])
  const { meeting } = await topicsAs('chair').scheduleMeeting(MEETING, 'req-cut-schedule')
  expect(await services.store.count('meetings', {})).toBe(1)
  expect(await services.store.find<TopicDoc>('topics', { meetingId: meeting._id })).toHaveLength(3)
  expect(await states()).toEqual(['scheduled', 'scheduled', 'scheduled'])
  expect(await toldOf('已列入议程')).toEqual(['t1', 't2', 't3'].map((id) => `topics/pages/detail/index?topicId=${id}`))
  expect(await services.store.count('audit', { action: 'scheduleMeeting' })).toBe(1)
  const board = await services.store.getById<BoardDoc>('boards', 'hp-comm')
  expect(board?.topics.map((t) => t.state)).toEqual(['scheduled', 'scheduled', 'scheduled'])
})

test('a retried schedule that already went through changes nothing', async () => {
  await topicsAs('chair').scheduleMeeting(MEETING, 'req-twice-schedule')
  const before = await snapshotStore(services.store)
  await topicsAs('chair').scheduleMeeting(MEETING, 'req-twice-schedule')
  expect(await snapshotStore(services.store)).toEqual(before)
})

test('a record cut off after its first topic is completed by sending the same record with the same version', async () => {
  const { meeting } = await topicsAs('chair').scheduleMeeting(MEETING)
  expect(await chairOn(breakingAfter(services, 1)).reply('recordMeeting', RECORDING(meeting._id))).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  expect(await states()).toEqual(['decided', 'scheduled', 'scheduled'])
  const again = await topicsAs('chair').recordMeeting(RECORDING(meeting._id))
  expect(again.meeting).toMatchObject({ status: 'recorded', version: 2 })
  expect(await states()).toEqual(['decided', 'decided', 'decided'])
  expect((await services.store.getById<TopicDoc>('topics', 't3'))?.record).toEqual(RECORD('t3'))
  expect(await toldOf('已议定')).toHaveLength(3)
  expect(await services.store.count('audit', { action: 'recordMeeting' })).toBe(1)
})

test('a topic that can no longer be decided at this meeting is found before anything is written', async () => {
  const { meeting } = await topicsAs('chair').scheduleMeeting(MEETING)
  await services.store.update('topics', { _id: 't3' }, { $set: { meetingId: 'another-meeting' } })
  const before = await snapshotStore(services.store)
  expect(await topicsAs('chair').reply('recordMeeting', RECORDING(meeting._id))).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '议题“议题t3”不在这次议事的议程上' },
  })
  expect(await snapshotStore(services.store)).toEqual(before)
})

test('a topic changed by someone else is found before the meeting is written', async () => {
  await services.store.update('topics', { _id: 't3' }, { $set: { state: 'merged' } })
  const before = await snapshotStore(services.store)
  expect(await topicsAs('chair').reply('scheduleMeeting', MEETING, 'req-merged-first')).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '议题当前为“已合并”，不能列入议程' },
  })
  expect(await snapshotStore(services.store)).toEqual(before)
})

test('when two deliveries of one schedule race, the one whose topic write lost still answers with the meeting', async () => {
  const reply = await chairOn(losingFirstTopicWrite(services)).scheduleMeeting(MEETING, 'req-racing-schedule')
  expect(reply.meeting.topicIds).toEqual(['t1', 't2', 't3'])
  expect(await states()).toEqual(['scheduled', 'scheduled', 'scheduled'])
})
