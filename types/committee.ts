// 执委会全体会议: the committee's own meetings, apart from 议事 meetings. The chair calls one
// (date, place, agenda), records who came (出席 / 请假 with the reason / 缺席) and its minutes.
// 002 《重庆市基层妇联执委履职保障激励制度》第三条: "乡镇（街道）、村（社区）妇联每半年召开一次执委会";
// 001 3.3.3: "全体会议一般每年举行一次". The absence rule (000 六(八)) counts them.
import * as z from 'zod/mini'
import { id, instant, localDate, optionalTextBlock, optionalTextField, pageCursor, pageLimit, phone, seenVersion, textBlock, textField, versionedFields } from './common'
import { documentPhotoRef, partyApproval } from './org'

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
  ...versionedFields,
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
  /**
   * the 增替补 vote's result, one line per candidate, written by org.recordVote (002 增替补及退出制度第十七条
   * "在本级执委会上向执委进行通报"): 当选 / 未当选 with the counts (absent: no vote at this meeting)
   */
  voteResults: z.optional(z.array(z.string())),
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
/** One 执委会, as its page shows it. */
export const getCommitteeInput = z.strictObject({ meetingId: id })

export const committeeOutput = z.object({ meeting: committeeMeetingDoc })
export const listCommitteesOutput = z.object({ items: z.array(committeeMeetingDoc), nextCursor: z.nullable(pageCursor) })

/** The committee's actions; they run in the `org` function (types/contracts.ts). */
export const committeeContract = {
  scheduleCommittee: { input: scheduleCommitteeInput, output: committeeOutput },
  recordCommittee: { input: recordCommitteeInput, output: committeeOutput },
  cancelCommittee: { input: cancelCommitteeInput, output: committeeOutput },
  listCommittees: { input: listCommitteesInput, output: listCommitteesOutput },
  getCommittee: { input: getCommitteeInput, output: committeeOutput },
} as const

// ---- 增替补: nomination, 党组织 approval, the vote (002 《重庆市基层妇联执委增替补及退出制度》第十四–十七条) ----

export const NOMINATION_KINDS = ['add', 'replace'] as const
export type NominationKind = (typeof NOMINATION_KINDS)[number]
export const NOMINATION_KIND_LABEL: Record<NominationKind, string> = { add: '增补', replace: '替补' }
export const nominationKind = z.enum(NOMINATION_KINDS, { error: (issue) => (issue.input === undefined ? undefined : '只能是增补或替补') })

/** 第十五条: 组织推荐, 群众推荐, 个人自荐. */
export const NOMINATION_ROUTES = ['organisation', 'mass', 'self'] as const
export type NominationRoute = (typeof NOMINATION_ROUTES)[number]
export const NOMINATION_ROUTE_LABEL: Record<NominationRoute, string> = { organisation: '组织推荐', mass: '群众推荐', self: '个人自荐' }

/** Where the nomination stands: 初审 (自荐 only), then the 党组织, then the vote. */
export const NOMINATION_STATUSES = ['review', 'nominated', 'rejected', 'approved', 'elected', 'notElected'] as const
export type NominationStatus = (typeof NOMINATION_STATUSES)[number]
export const NOMINATION_STATUS_LABEL: Record<NominationStatus, string> = {
  review: '待初审',
  nominated: '待党组织审议',
  rejected: '初审未通过',
  approved: '待执委会表决',
  elected: '已当选',
  notElected: '未当选',
}

/** The most women a 群众推荐 signature sheet may count (a typing slip above it). */
export const MAX_SIGNATURES = 2000

export const nominationCandidate = z.strictObject({
  name: textField(1, 20, '候选人姓名'),
  phone: z.nullable(phone),
  intro: optionalTextBlock(300, '候选人简介'),
})

/** How she was put forward, with what 第十五条 asks of each route. */
export const nominationSupport = z.discriminatedUnion('route', [
  /** "由同级党组织提出建议名单" */
  z.strictObject({ route: z.literal('organisation'), partyOrg: textField(1, 40, '推荐的党组织') }),
  /** "由三分之一以上妇联执委或20名以上妇女群众向本级妇联组织推荐": the 执委 who recommend, or the signature sheet */
  z.strictObject({
    route: z.literal('mass'),
    memberIds: z.array(id).check(z.maxLength(60)),
    women: z.number().check(z.int(), z.gte(0), z.lte(MAX_SIGNATURES, { error: `签名人数最多 ${MAX_SIGNATURES}` })),
    sheetPhoto: z.nullable(documentPhotoRef),
  }),
  /** "优秀妇女群众也可向本地区妇联组织自荐，经本级妇联组织初审" */
  z.strictObject({ route: z.literal('self') }),
])
export type NominationSupport = z.infer<typeof nominationSupport>

/** The counted vote on one candidate, as the product computed it (第十六条). */
export const nominationVote = z.object({
  meetingId: id,
  expected: z.number(),
  present: z.number(),
  yes: z.number(),
  abstain: z.number(),
  no: z.number(),
  quorate: z.boolean(),
  elected: z.boolean(),
  reason: z.string(),
  scrutineerNames: z.array(z.string()),
  tellers: z.array(z.string()),
  at: instant,
})
export type NominationVote = z.infer<typeof nominationVote>

/** One nomination (collection `nominations`). */
export const nominationDoc = z.object({
  ...versionedFields,
  orgId: id,
  kind: nominationKind,
  /** 替补: the 执委 who left, whose seat this fills */
  replacesMemberId: z.nullable(id),
  candidate: z.object({ name: z.string(), phone: z.nullable(z.string()), intro: z.string() }),
  support: nominationSupport,
  status: z.enum(NOMINATION_STATUSES),
  review: z.nullable(z.object({ passed: z.boolean(), note: z.string(), by: z.string(), on: localDate })),
  approval: z.nullable(partyApproval),
  vote: z.nullable(nominationVote),
  /** the member record made when she was elected */
  memberId: z.nullable(id),
})
export type NominationDoc = z.infer<typeof nominationDoc>

export const nominateInput = z.strictObject({ orgId: id, kind: nominationKind, replacesMemberId: z.nullable(id), candidate: nominationCandidate, support: nominationSupport })
export const reviewNominationInput = z.strictObject({ nominationId: id, version: seenVersion, passed: z.boolean(), note: optionalTextBlock(200, '初审意见') })
export const approveNominationInput = z.strictObject({ nominationId: id, version: seenVersion, approval: partyApproval })
export const recordVoteInput = z.strictObject({
  /** the 执委会 the vote was held at, its attendance recorded */
  meetingId: id,
  scrutineerIds: z.array(id).check(z.maxLength(2)),
  tellers: z.array(textField(1, 20, '计票员')).check(z.maxLength(2)),
  tallies: z
    .array(
      z.strictObject({
        nominationId: id,
        yes: z.number().check(z.int(), z.gte(0), z.lte(200)),
        abstain: z.number().check(z.int(), z.gte(0), z.lte(200)),
        no: z.number().check(z.int(), z.gte(0), z.lte(200)),
      }),
    )
    .check(z.minLength(1, { error: '请至少表决一位候选人' }), z.maxLength(20)),
})
export const listNominationsInput = z.strictObject({ orgId: id, cursor: z.optional(pageCursor), limit: pageLimit })
/** One nomination, as its page shows it. */
export const getNominationInput = z.strictObject({ nominationId: id })

export const nominationOutput = z.object({ nomination: nominationDoc })
export const recordVoteOutput = z.object({ quorate: z.boolean(), reason: z.string(), nominations: z.array(nominationDoc) })
export const listNominationsOutput = z.object({ items: z.array(nominationDoc), nextCursor: z.nullable(pageCursor) })

export const nominationContract = {
  nominate: { input: nominateInput, output: nominationOutput },
  reviewNomination: { input: reviewNominationInput, output: nominationOutput },
  approveNomination: { input: approveNominationInput, output: nominationOutput },
  recordVote: { input: recordVoteInput, output: recordVoteOutput },
  listNominations: { input: listNominationsInput, output: listNominationsOutput },
  getNomination: { input: getNominationInput, output: nominationOutput },
} as const
