// 执委会全体会议 through the org function: the chair calls it with its agenda and the 执委 called,
// records 出席 / 请假 (with the reason) / 缺席 and the minutes, or calls it off. Recorded 执委会
// count in the absence rule (000 六(八) "无正当理由连续三次不出席同级妇联召集的活动（会议、培训等）"),
// and a federation with none in half a year is warned (002 激励制度第三条 "乡镇（街道）、村（社区）
// 妇联每半年召开一次执委会"; 001 3.3.3 "全体会议一般每年举行一次").
import type { AuditDoc, CommitteeMeetingDoc, OrgDoc } from '../../../types'
import type { ActionInput } from '../../../types/contracts'
import { committeeGapWarnings, missedMeetingWarnings } from '../../../cloudfunctions/org/lib/ruleWarnings'
import { createCaller, type Who } from '../../fixtures/caller'
import type { TestServices } from '../../fixtures/services'
import { COMMITTEE_ATTENDANCE, consoleServices, IDS } from './fixtures/consoleTree'

let services: TestServices
const orgAs = (who: Who) => createCaller('org', services, who)
beforeEach(async () => {
  services = await consoleServices()
})

const CALLED = [IDS.chair, IDS.vice, IDS.memberA, IDS.memberB]
const schedule = (startsAt: string, requestId?: string) =>
  orgAs('chair').scheduleCommittee(
    {
      orgId: IDS.comm,
      startsAt,
      place: '社区妇女之家',
      agenda: [
        { kind: 'report', title: '' },
        { kind: 'election', title: '增补执委' },
      ],
      invitedMemberIds: CALLED,
    },
    requestId,
  )
const marks = (memberAStatus: 'present' | 'absent'): ActionInput<'org', 'recordCommittee'>['attendance'] =>
  COMMITTEE_ATTENDANCE.map((mark) => (mark.memberId === IDS.memberA ? { ...mark, status: memberAStatus } : mark))

test('the chair calls a 执委会, once however often the request is retried, and it is audited', async () => {
  const first = await schedule('2026-12-10T06:00:00.000Z', 'call-committee-1')
  const again = await schedule('2026-12-10T06:00:00.000Z', 'call-committee-1')
  expect(again.meeting._id).toBe(first.meeting._id)
  expect(first.meeting).toMatchObject({ status: 'scheduled', invitedMemberIds: CALLED, attendance: [], minutes: '' })
  expect(await services.store.count('committee_meetings', { orgId: IDS.comm })).toBe(3)
  const audit = await services.store.find<AuditDoc>('audit', { action: 'scheduleCommittee' })
  expect(audit).toEqual([expect.objectContaining({ summary: '召集了执委会（述职评议、增补执委）' })])
})

test('only the 执委 in office sit on it: not a volunteer, a 组员, one who left or another federation’s', async () => {
  for (const stranger of [IDS.volunteer, IDS.groupMember, IDS.left, 'other-staff']) {
    const reply = await orgAs('chair').reply('scheduleCommittee', {
      orgId: IDS.comm,
      startsAt: '2026-12-10T06:00:00.000Z',
      place: '妇女之家',
      agenda: [{ kind: 'work', title: '' }],
      invitedMemberIds: [IDS.chair, stranger],
    })
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('只能选本会在任的主席、副主席和执委') } })
  }
})

test('recording: every 执委 called is marked, 请假 with its reason, and the same record sent twice is one', async () => {
  const input = { meetingId: IDS.committee, version: 1, attendance: COMMITTEE_ATTENDANCE, minutes: '听取了四位执委的口头述职' }
  const { meeting } = await orgAs('chair').recordCommittee(input)
  expect(meeting).toMatchObject({ status: 'recorded', version: 2, minutes: '听取了四位执委的口头述职' })
  expect((await orgAs('chair').recordCommittee(input)).meeting.version).toBe(2)
  expect(await orgAs('chair').reply('recordCommittee', { ...input, version: 2 })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这次执委会已经记录过了' } })
  const audit = await services.store.find<AuditDoc>('audit', { action: 'recordCommittee' })
  expect(audit).toEqual([expect.objectContaining({ summary: '记录了执委会：应到 4 人，出席 2 人' })])
})

test('a record that leaves someone out, or a leave without its reason, is refused and changes nothing', async () => {
  const base = { meetingId: IDS.committee, version: 1, minutes: '纪要' }
  const missing = await orgAs('chair').reply('recordCommittee', { ...base, attendance: COMMITTEE_ATTENDANCE.slice(1) })
  expect(missing).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('还有 1 位通知参会的执委没有记出席情况') } })
  const noReason = COMMITTEE_ATTENDANCE.map((mark) => ({ ...mark, reason: '' }))
  expect(await orgAs('chair').reply('recordCommittee', { ...base, attendance: noReason })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', message: expect.stringContaining('请假要写明原因') },
  })
  expect((await services.store.getById<CommitteeMeetingDoc>('committee_meetings', IDS.committee))?.status).toBe('scheduled')
})

test('a meeting still to come cannot be recorded; a cancelled one can be neither recorded nor cancelled again', async () => {
  const { meeting } = await schedule('2026-12-10T06:00:00.000Z')
  expect(await orgAs('chair').reply('recordCommittee', { meetingId: meeting._id, version: 1, attendance: COMMITTEE_ATTENDANCE, minutes: '纪要' })).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '执委会还没有开，开完会再记录' },
  })
  const cancelled = await orgAs('chair').cancelCommittee({ meetingId: meeting._id, version: 1, reason: '改到下周' })
  expect(cancelled.meeting).toMatchObject({ status: 'cancelled', cancelReason: '改到下周' })
  expect(await orgAs('chair').reply('cancelCommittee', { meetingId: meeting._id, version: 2, reason: '再取消' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
})

test('members read the list, newest first', async () => {
  await schedule('2026-12-10T06:00:00.000Z')
  const { items } = await orgAs('member').listCommittees({ orgId: IDS.comm })
  expect(items.map((m) => m.startsAt)).toEqual(['2026-12-10T06:00:00.000Z', '2026-11-20T06:00:00.000Z', '2026-03-06T06:00:00.000Z'])
})

describe('the absence rule counts 执委会 beside 集中/现场议事 (000 六(八))', () => {
  const committee = (startsAt: string, status: 'present' | 'excused' | 'absent') => ({
    startsAt,
    status: 'recorded' as const,
    agenda: [],
    invitedMemberIds: ['m1'],
    attendance: [{ memberId: 'm1', status, reason: status === 'excused' ? '生病' : '' }],
  })
  const plenary = (startsAt: string) => ({
    startsAt,
    status: 'recorded' as const,
    form: 'plenary' as const,
    invitedMemberIds: ['m1'],
    attendance: [{ memberId: 'm1', status: 'absent' as const }],
  })
  const executives = [{ _id: 'm1', name: '张执委' }]

  test('two 执委会 and a 集中议事 missed in a row flag her, and the words name each', () => {
    const [warning] = missedMeetingWarnings(
      executives,
      [plenary('2026-05-10T02:00:00.000Z')],
      [committee('2026-03-10T02:00:00.000Z', 'absent'), committee('2026-07-10T02:00:00.000Z', 'absent')],
    )
    expect(warning?.message).toContain('张执委（3月10日执委会、5月10日集中议事、7月10日执委会）')
    expect(warning?.message).toContain('已连续 3 次无故不出席本会召集的会议')
  })

  test('a 执委会 she was excused from breaks the run', () => {
    const committees = [committee('2026-03-10T02:00:00.000Z', 'absent'), committee('2026-04-10T02:00:00.000Z', 'excused'), committee('2026-07-10T02:00:00.000Z', 'absent')]
    expect(missedMeetingWarnings(executives, [plenary('2026-05-10T02:00:00.000Z')], committees)).toEqual([])
  })

  test('through the console: three recorded 执委会 missed flag her there', async () => {
    const held = ['2026-10-09T06:00:00.000Z', '2026-10-23T06:00:00.000Z']
    for (const startsAt of held) {
      const { meeting } = await schedule(startsAt, `call-${startsAt.slice(0, 10)}`)
      await orgAs('chair').recordCommittee({ meetingId: meeting._id, version: 1, attendance: marks('absent'), minutes: '纪要' })
    }
    const before = await orgAs('chair').get({ orgId: IDS.comm })
    expect(before.warnings.map((w) => w.kind)).not.toContain('missedMeetings')
    await orgAs('chair').recordCommittee({ meetingId: IDS.committee, version: 1, attendance: marks('absent'), minutes: '纪要' })
    const after = await orgAs('chair').get({ orgId: IDS.comm })
    expect(after.warnings.find((w) => w.kind === 'missedMeetings')).toMatchObject({
      subjectIds: [IDS.memberA],
      message: expect.stringContaining('10月9日执委会、10月23日执委会、11月20日执委会'),
    })
  })
})

describe('half a year without a 执委会 (002 激励制度第三条, 001 3.3.3)', () => {
  const now = new Date('2026-11-23T02:00:00.000Z')
  const held = (startsAt: string) => ({ startsAt, status: 'recorded' as const, agenda: [], invitedMemberIds: [], attendance: [] })
  test.each([
    ['none ever, the federation two years old', [], '2024-11-01T00:00:00.000Z', '还没有记录过执委会'],
    ['the last on 22 May (Beijing): six months and a day', [held('2026-05-22T02:00:00.000Z')], '2024-11-01T00:00:00.000Z', '上一次是 2026年5月22日'],
  ])('%s → warned', (_, recorded, createdAt, words) => {
    const [warning] = committeeGapWarnings('community', { recorded, createdAt }, now)
    expect(warning).toMatchObject({ kind: 'noCommittee', message: expect.stringContaining(words) })
    expect(warning?.rule).toContain('乡镇（街道）、村（社区）妇联每半年召开一次执委会')
    expect(warning?.rule).toContain('全体会议一般每年举行一次')
  })

  test.each([
    ['one on 23 May, six months ago to the day', 'community', [held('2026-05-23T02:00:00.000Z')], '2024-11-01T00:00:00.000Z'],
    ['a federation made in September', 'village', [], '2026-09-01T00:00:00.000Z'],
    ['a 妇女小组', 'group', [], '2024-11-01T00:00:00.000Z'],
    ['a 区县', 'county', [], '2024-11-01T00:00:00.000Z'],
  ] as const)('%s → not warned', (_, level, recorded, createdAt) => {
    expect(committeeGapWarnings(level, { recorded: [...recorded], createdAt }, now)).toEqual([])
  })

  test('through the console: recording a 执委会 clears the warning', async () => {
    const kinds = async () => (await orgAs('chair').get({ orgId: IDS.comm })).warnings.map((w) => w.kind)
    const createdAt = (await services.store.getById<OrgDoc>('orgs', IDS.comm))?.createdAt ?? ''
    if (createdAt > '2026-05-23') throw new Error(`the fixture's community was made ${createdAt}; the test needs one older than half a year`)
    expect(await kinds()).toContain('noCommittee')
    await orgAs('chair').recordCommittee({ meetingId: IDS.committee, version: 1, attendance: COMMITTEE_ATTENDANCE, minutes: '纪要' })
    expect(await kinds()).not.toContain('noCommittee')
  })
})
