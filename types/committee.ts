// 执委会全体会议: the committee's own meetings, apart from 议事 meetings. The chair calls one
// (date, place, agenda), records who came (出席 / 请假 with the reason / 缺席) and its minutes.
// 002 《重庆市基层妇联执委履职保障激励制度》第三条: "乡镇（街道）、村（社区）妇联每半年召开一次执委会";
// 001 3.3.3: "全体会议一般每年举行一次". The absence rule (000 六(八)) counts them.
import * as z from 'zod/mini'
import { id, instant, optionalTextField, pageCursor, pageLimit, seenVersion, textBlock, textField } from './common'

/** What a 执委会 takes up: the seeds name 述职评议 (002 第八条), 增替补 votes (第十六条), exits (第十七条 通报) and 学习培训. */
export const COMMITTEE_AGENDA_KINDS = ['report', 'election', 'exit', 'training', 'work', 'other'] as const
export type CommitteeAgendaKind = (typeof COMMITTEE_AGENDA_KINDS)[number]
export const COMMITTEE_AGENDA_LABEL: Record<CommitteeAgendaKind, string> = {
  report: '述职评议',
  election: '增替补表决',
  exit: '执委退出通报',
  training: '学习培训',
  work: '工作部署',
  other: '其他事项',
}
export const committeeAgendaKind = z.enum(COMMITTEE_AGENDA_KINDS, {
  error: (issue) => (issue.input === undefined ? undefined : `议程只能是${COMMITTEE_AGENDA_KINDS.map((kind) => COMMITTEE_AGENDA_LABEL[kind]).join('、')}之一`),
})

export const committeeAgendaItem = z.strictObject({ kind: committeeAgendaKind, title: optionalTextField(60, '议程说明') })
export type CommitteeAgendaItem = z.infer<typeof committeeAgendaItem>

export const COMMITTEE_ATTENDANCE = ['present', 'excused', 'absent'] as const
export const COMMITTEE_ATTENDANCE_LABEL: Record<(typeof COMMITTEE_ATTENDANCE)[number], string> = { present: '出席', excused: '请假', absent: '缺席' }
export const committeeAttendanceStatus = z.enum(COMMITTEE_ATTENDANCE, { error: (issue) => (issue.input === undefined ? undefined : '出席情况只能是出席、请假或缺席') })

/** Her mark: 请假 carries its reason (000 六(八) speaks of absence "无正当理由"; the reason is what makes it 正当). */
export const committeeAttendance = z.strictObject({ memberId: id, status: committeeAttendanceStatus, reason: optionalTextField(60, '请假原因') })
export type CommitteeAttendance = z.infer<typeof committeeAttendance>

export const COMMITTEE_STATUSES = ['scheduled', 'recorded', 'cancelled'] as const
export const committeeStatus = z.enum(COMMITTEE_STATUSES)

/** One 执委会全体会议 (collection `committee_meetings`). */
export const committeeMeetingDoc = z.object({
  _id: id,
  version: z.number(),
  createdAt: instant,
  updatedAt: instant,
  orgId: id,
  startsAt: instant,
  place: z.string(),
  agenda: z.array(committeeAgendaItem),
  /** the 执委 called: every member in office when it was called, unless the chair chose */
  invitedMemberIds: z.array(id),
  status: committeeStatus,
  attendance: z.array(committeeAttendance),
  /** 会议纪要 */
  minutes: z.string(),
  cancelReason: z.optional(z.string()),
})
export type CommitteeMeetingDoc = z.infer<typeof committeeMeetingDoc>

const committeeArrangements = {
  startsAt: instant,
  place: textField(1, 60, '地点'),
  agenda: z.array(committeeAgendaItem).check(z.minLength(1, { error: '请至少列一项议程' }), z.maxLength(20)),
  invitedMemberIds: z.array(id).check(z.minLength(1, { error: '请选择参会的执委' }), z.maxLength(60)),
}

export const scheduleCommitteeInput = z.strictObject({ orgId: id, ...committeeArrangements })
export const recordCommitteeInput = z.strictObject({
  meetingId: id,
  version: seenVersion,
  attendance: z.array(committeeAttendance).check(z.maxLength(60)),
  minutes: textBlock(2, 3000, '会议纪要'),
})
export const cancelCommitteeInput = z.strictObject({ meetingId: id, version: seenVersion, reason: textBlock(2, 200, '取消的原因') })
export const listCommitteesInput = z.strictObject({ orgId: id, cursor: z.optional(pageCursor), limit: pageLimit })

export const committeeOutput = z.object({ meeting: committeeMeetingDoc })
export const listCommitteesOutput = z.object({ items: z.array(committeeMeetingDoc), nextCursor: z.nullable(pageCursor) })

/** The committee's actions; they run in the `org` function (types/contracts.ts). */
export const committeeContract = {
  scheduleCommittee: { input: scheduleCommitteeInput, output: committeeOutput },
  recordCommittee: { input: recordCommitteeInput, output: committeeOutput },
  cancelCommittee: { input: cancelCommitteeInput, output: committeeOutput },
  listCommittees: { input: listCommitteesInput, output: listCommitteesOutput },
} as const
