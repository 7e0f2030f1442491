// Reading meetings back: the record form loads a meeting (its version and agenda) from the
// server, so any phone of the chair can record it; the meeting list shows what is still to
// be recorded (earliest first) and what was recorded (latest first), paged by a cursor.
import type { ActionInput, ActionOutput } from '../../../types/contracts'
import type { TestServices } from '../../fixtures/services'
import { IDS, topicIn, topicServices } from './fixtures/topicsTree'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const topicsAs = (who: Who) => createCaller('topics', services, who)
beforeEach(async () => {
  services = await topicServices()
  for (const id of ['t1', 't2', 't3', 't4']) await services.store.insert('topics', topicIn(id, 'accepted', { title: `议题${id}` }))
})

const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T07:00:00.000Z`
const schedule = async (startsAt: string, topicIds: string[], orgId = 'comm') =>
  (
    await topicsAs('chair').scheduleMeeting({
      orgId,
      form: 'plenary',
      startsAt,
      place: '妇女之家',
      host: '李主席',
      invitedMemberIds: [IDS.memberA, IDS.memberB],
      representatives: [],
      guests: [],
      topicIds,
    })
  ).meeting
const list = (payload: Omit<ActionInput<'topics', 'listMeetings'>, 'orgId'>, who: 'chair' | 'ancestorChair' = 'chair') => topicsAs(who).listMeetings({ orgId: 'comm', ...payload })

test('a meeting is read back with its version and its agenda in agenda order, by the chair or the chair above', async () => {
  const meeting = await schedule(day(20), ['t3', 't1'])
  const got = await topicsAs('chair').getMeeting({ meetingId: meeting._id })
  expect(got.meeting).toEqual(meeting)
  expect(got.topics.map((t) => [t._id, t.title, t.state])).toEqual([
    ['t3', '议题t3', 'scheduled'],
    ['t1', '议题t1', 'scheduled'],
  ])
  expect(await topicsAs('ancestorChair').getMeeting({ meetingId: meeting._id })).toMatchObject({ meeting: { _id: meeting._id } })
})

test('after recording, the meeting read back carries the attendance, the records and the new version', async () => {
  const meeting = await schedule(day(20), ['t1'])
  const attendance: ActionInput<'topics', 'recordMeeting'>['attendance'] = [
    { memberId: IDS.memberA, status: 'present' },
    { memberId: IDS.memberB, status: 'absent' },
  ]
  const records = [{ topicId: 't1', discussion: '同意设母婴室', decision: '借用二楼空房', owner: '张执委', dueDate: '2026-12-31' }]
  await topicsAs('chair').recordMeeting({ meetingId: meeting._id, version: 1, attendance, records })
  const got = await topicsAs('viceChair').getMeeting({ meetingId: meeting._id })
  expect(got.meeting).toMatchObject({ version: 2, status: 'recorded', attendance, records })
  expect(got.topics.map((t) => t.state)).toEqual(['decided'])
})

test('an unknown meeting is NOT_FOUND; a plain member or another federation’s chair may not read one', async () => {
  const meeting = await schedule(day(20), ['t1'])
  expect(await topicsAs('chair').reply('getMeeting', { meetingId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到这次议事' } })
  expect(await topicsAs('member').reply('getMeeting', { meetingId: meeting._id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(await topicsAs('unrelatedChair').reply('listMeetings', { orgId: 'comm', status: 'scheduled' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})

test('meetings to record come earliest first, recorded ones latest first, each with its agenda titles', async () => {
  const late = await schedule(day(28), ['t1'])
  const early = await schedule(day(10), ['t2', 't3'])
  const recorded = await schedule(day(5), ['t4'])
  await topicsAs('chair').recordMeeting({
    meetingId: recorded._id,
    version: 1,
    attendance: [],
    records: [{ topicId: 't4', discussion: '讨论了', decision: '同意', owner: '李主席', dueDate: null }],
  })
  const toRecord = await list({ status: 'scheduled' })
  expect(toRecord.meetings.map((m) => [m._id, m.topicTitles])).toEqual([
    [early._id, ['议题t2', '议题t3']],
    [late._id, ['议题t1']],
  ])
  expect(toRecord.nextCursor).toBeNull()
  const done = await list({ status: 'recorded' }, 'ancestorChair')
  expect(done.meetings.map((m) => [m._id, m.status, m.topicTitles])).toEqual([[recorded._id, 'recorded', ['议题t4']]])
})

test('the list pages by a stable cursor, and another federation’s meetings are never in it', async () => {
  await services.store.insert('topics', topicIn('x1', 'accepted', { orgId: 'comm2' }))
  await topicsAs('ancestorChair').scheduleMeeting({
    orgId: 'comm2',
    form: 'online',
    startsAt: day(1),
    place: '微信群',
    host: '吴主席',
    invitedMemberIds: [],
    representatives: [],
    guests: [],
    topicIds: ['x1'],
  })
  const ids = [await schedule(day(12), ['t1']), await schedule(day(12), ['t2']), await schedule(day(14), ['t3'])].map((m) => m._id)
  const seen: string[] = []
  let cursor: ActionOutput<'topics', 'listMeetings'>['nextCursor'] = null
  do {
    const got = await list({ status: 'scheduled', limit: 1, ...(cursor ? { cursor } : {}) })
    seen.push(...got.meetings.map((m) => m._id))
    cursor = got.nextCursor
  } while (cursor)
  expect(seen).toHaveLength(3)
  expect(seen.slice(0, 2).sort()).toEqual(ids.slice(0, 2).sort())
  expect(seen[2]).toBe(ids[2])
})
