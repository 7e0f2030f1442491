// The attendance rule (000 六(八) "无正当理由连续三次不出席同级妇联召集的活动（会议、培训等）"):
// a member whose latest three recorded meetings the federation called her to were all marked
// absent is flagged; an excused or attended meeting ends the run; meetings she was not invited
// to are skipped, and a 上门、接待、走访 议事 or 议事微信群 (not a meeting she was called to) never counts.
import { MEETING_FORMS, type MeetingDoc, type MeetingForm } from '../../../types'
import { missedMeetingWarnings, ruleWarnings } from '../../../cloudfunctions/org/lib/ruleWarnings'
import { member } from '../../fixtures/docs'

type Mark = 'present' | 'excused' | 'absent' | '-'
/** Meetings oldest first; each mark is hers at that meeting ('-': not invited). */
const meetings = (marks: Mark[], status: MeetingDoc['status'] = 'recorded', form: MeetingForm = 'plenary') =>
  marks.map((mark, i) => ({
    startsAt: `2026-0${1 + i}-10T02:00:00.000Z`,
    status,
    form,
    invitedMemberIds: mark === '-' ? [] : ['m1'],
    attendance: mark === '-' ? [] : [{ memberId: 'm1', status: mark }],
  }))
const flagged = (marks: Mark[], status?: MeetingDoc['status'], form?: MeetingForm) =>
  missedMeetingWarnings([{ _id: 'm1', name: '张执委' }], meetings(marks, status, form)).length > 0

test.each([
  [['absent', 'absent', 'absent'], true],
  [['present', 'absent', 'absent', 'absent'], true],
  [['absent', 'absent'], false],
  [['absent', 'absent', 'absent', 'present'], false],
  [['absent', 'excused', 'absent', 'absent'], false],
  [['absent', 'absent', 'excused'], false],
  [['absent', '-', 'absent', '-', 'absent'], true],
  [['excused', 'excused', 'excused'], false],
] as [Mark[], boolean][])('%j → flagged: %s', (marks, expected) => {
  expect(flagged(marks)).toBe(expected)
})

test.each(MEETING_FORMS.map((form) => [form, form === 'plenary' || form === 'onSite'] as const))(
  'three %s absences in a row flag her: %s (only 集中议事 and 现场议事 are meetings she is called to)',
  (form, expected) => {
    expect(flagged(['absent', 'absent', 'absent'], 'recorded', form)).toBe(expected)
  },
)

test('上门议事 absences between called meetings neither count nor break the run', () => {
  const called = meetings(['absent', 'absent'])
  const visits = meetings(['absent', 'absent', 'absent'], 'recorded', 'homeVisit').map((m, i) => ({ ...m, startsAt: `2026-0${3 + i}-20T02:00:00.000Z` }))
  const third = { ...meetings(['absent'])[0]!, startsAt: '2026-07-01T02:00:00.000Z' }
  expect(missedMeetingWarnings([{ _id: 'm1', name: '张执委' }], [...called, ...visits])).toEqual([])
  expect(missedMeetingWarnings([{ _id: 'm1', name: '张执委' }], [...called, ...visits, third])).toHaveLength(1)
})

test('a meeting she was marked absent at but not invited to does not count', () => {
  const uninvited = meetings(['absent', 'absent', 'absent']).map((m) => ({ ...m, invitedMemberIds: [] }))
  expect(missedMeetingWarnings([{ _id: 'm1', name: '张执委' }], uninvited)).toEqual([])
})

test('the words name the three meetings she missed, oldest first, with their form', () => {
  const list = [...meetings(['absent', 'absent']), { ...meetings(['absent'], 'recorded', 'onSite')[0]!, startsAt: '2026-03-10T02:00:00.000Z' }]
  const [warning] = missedMeetingWarnings([{ _id: 'm1', name: '张执委' }], list)
  expect(warning?.message).toContain('张执委（1月10日集中议事、2月10日集中议事、3月10日现场议事）')
})

test('meetings still to be recorded do not count', () => {
  expect(flagged(['absent', 'absent', 'absent'], 'scheduled')).toBe(false)
})

test('the order of the input does not matter: the latest meetings decide', () => {
  const list = meetings(['absent', 'absent', 'absent', 'present'])
  expect(missedMeetingWarnings([{ _id: 'm1', name: '张执委' }], [...list].reverse())).toEqual([])
})

test('the warning names her, cites 手册 六(八), and leaves the completeness score alone', () => {
  const members = [member('m1', 'o', { name: '张执委', post: 'member' }), member('m2', 'o', { name: '王执委', post: 'member' })]
  const without = ruleWarnings({ level: 'community' }, members, [])
  const withMeetings = ruleWarnings({ level: 'community' }, members, [], { meetings: meetings(['absent', 'absent', 'absent']) })
  const warning = withMeetings.warnings.find((w) => w.kind === 'missedMeetings')
  expect(warning).toMatchObject({ subjectIds: ['m1'], rule: expect.stringContaining('六（八）'), message: expect.stringContaining('张执委') })
  expect(warning?.message).not.toContain('王执委')
  expect(withMeetings.completeness.score).toBe(without.completeness.score)
})

test('a member who left, or a volunteer, is not flagged', () => {
  const left = member('m1', 'o', { name: '张执委', post: 'member', status: 'left' })
  const volunteer = member('m1', 'o', { name: '张志愿', post: 'volunteer' })
  for (const m of [left, volunteer]) {
    expect(ruleWarnings({ level: 'community' }, [m], [], { meetings: meetings(['absent', 'absent', 'absent']) }).warnings.map((w) => w.kind)).not.toContain('missedMeetings')
  }
})
