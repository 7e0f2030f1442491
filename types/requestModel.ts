// Help and rights-protection requests (求助与维权): the vocabulary, the case lifecycle as
// a state machine (data, so both sides and the tests read the same table), deadlines,
// and the stored documents. Sources: 执委工作手册 五 看听问帮报想讲记 and 四(二);
// 村（社区）妇联工作规范 7.3.3 “按规定做好信访维权案件记录、跟踪反馈，存档保管”.
// Everything that could identify or describe the woman is in `sealed` fields:
// AES-256-GCM ciphertext written by the vault port, never plaintext at rest.
import * as z from 'zod/mini'
import { id, instant, localDate } from './common'

export const REQUEST_CATEGORIES = ['domesticViolence', 'marriageFamily', 'employment', 'legal', 'psychological', 'hardship', 'children', 'other'] as const
export const requestCategory = z.enum(REQUEST_CATEGORIES)
export type RequestCategory = z.infer<typeof requestCategory>
export const REQUEST_CATEGORY_LABEL: Record<RequestCategory, string> = {
  domesticViolence: '家庭暴力',
  marriageFamily: '婚姻家庭纠纷',
  employment: '就业创业',
  legal: '法律咨询',
  psychological: '心理疏导',
  hardship: '生活困难',
  children: '儿童权益',
  other: '其他',
}

export const URGENCIES = ['urgent', 'normal'] as const
export const urgency = z.enum(URGENCIES)
export type Urgency = z.infer<typeof urgency>
export const URGENCY_LABEL: Record<Urgency, string> = { urgent: '紧急', normal: '一般' }

/** Age bands. Under 14 is routed to a guardian / hotline path and never filed. */
export const AGE_BANDS = ['under14', '14to17', '18to59', '60plus', 'unspecified'] as const
export const ageBand = z.enum(AGE_BANDS)
export type AgeBand = z.infer<typeof ageBand>
export const AGE_BAND_LABEL: Record<AgeBand, string> = {
  under14: '未满14周岁',
  '14to17': '14至17周岁',
  '18to59': '18至59周岁',
  '60plus': '60周岁及以上',
  unspecified: '不愿透露',
}

/** How a request reached the federation: she filed it herself, or a member filed it for her. */
export const REQUEST_CHANNELS = ['self', 'visit', 'mailbox', 'hotline'] as const
export const requestChannel = z.enum(REQUEST_CHANNELS)
export type RequestChannel = z.infer<typeof requestChannel>
export const REQUEST_CHANNEL_LABEL: Record<RequestChannel, string> = {
  self: '本人在线提交',
  visit: '执委走访',
  mailbox: '主席信箱',
  hotline: '热线来电',
}

/** How it is safe to reach her. */
export const CONTACT_CHANNELS = ['phone', 'sms', 'wechat', 'visit', 'inPerson'] as const
export const contactChannel = z.enum(CONTACT_CHANNELS)
export type ContactChannel = z.infer<typeof contactChannel>
export const CONTACT_CHANNEL_LABEL: Record<ContactChannel, string> = {
  phone: '打电话',
  sms: '发短信',
  wechat: '微信联系',
  visit: '上门',
  inPerson: '我到妇女之家面谈',
}

/** Bodies a case is referred to that do not use the product (执委工作手册 五 “帮”). */
export const REFERRAL_BODIES = ['police', 'legalAid', 'civilAffairs', 'mediation', 'socialWork', 'hospital', 'school', 'disability', 'other'] as const
export const referralBody = z.enum(REFERRAL_BODIES)
export type ReferralBody = z.infer<typeof referralBody>
export const REFERRAL_BODY_LABEL: Record<ReferralBody, string> = {
  police: '派出所',
  legalAid: '司法所／法律援助',
  civilAffairs: '民政',
  mediation: '人民调解',
  socialWork: '社工',
  hospital: '医院',
  school: '学校',
  disability: '残联',
  other: '其他单位',
}
export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'done'] as const
export const referralStatus = z.enum(REFERRAL_STATUSES)
export type ReferralStatus = z.infer<typeof referralStatus>
export const REFERRAL_STATUS_LABEL: Record<ReferralStatus, string> = { sent: '已转出', accepted: '对方已接收', declined: '对方未接收', done: '对方已办结' }

/** The honest reason she sees when her case is closed. */
export const CLOSURE_REASONS = ['resolved', 'referred', 'outOfScope', 'withdrawn', 'unreachable'] as const
export const closureReason = z.enum(CLOSURE_REASONS)
export type ClosureReason = z.infer<typeof closureReason>
export const CLOSURE_REASON_LABEL: Record<ClosureReason, string> = {
  resolved: '已解决',
  referred: '已转介',
  outOfScope: '超出职责范围',
  withdrawn: '本人撤回',
  unreachable: '无法联系',
}

export const REQUEST_STATES = ['submitted', 'accepted', 'inProgress', 'closed'] as const
export const requestState = z.enum(REQUEST_STATES)
export type RequestState = z.infer<typeof requestState>
/** The words of her timeline: 已提交 → 已受理 → 处理中 → 已办结. */
export const REQUEST_STATE_LABEL: Record<RequestState, string> = { submitted: '已提交', accepted: '已受理', inProgress: '处理中', closed: '已办结' }

/** Everything that moves or adds to a case, by the requester (R) or staff (S). */
export const REQUEST_STEPS = [
  'accept', // S: 受理 and assign a member (and a backup)
  'referOn', // S: refer to another body instead of handling it here (closes: 已转介)
  'reassign', // S: change the assigned member or backup
  'contact', // S: a contact with her (first contact starts 处理中)
  'note', // S: a staff-only note
  'message', // S: a message she sees
  'refer', // S: referral to a body outside the product
  'updateReferral', // S: that body's answer
  'escalate', // S: 上报 to the upper federation
  'close', // S: 办结 with a reason she sees
  'reopen', // S: back to the queue
  'scheduleFollowUp', // S: plan a 回访
  'recordFollowUp', // S: the 回访 done
  'addInfo', // R: she adds information
  'withdraw', // R: she withdraws (closes: 本人撤回)
  'rate', // R: 满意度, once, after closure
] as const
export type RequestStep = (typeof REQUEST_STEPS)[number]
export const REQUEST_STEP_LABEL: Record<RequestStep, string> = {
  accept: '受理',
  referOn: '直接转介',
  reassign: '调整负责执委',
  contact: '记录联系',
  note: '记录内部备注',
  message: '给本人留言',
  refer: '转介',
  updateReferral: '更新转介进展',
  escalate: '上报上级妇联',
  close: '办结',
  reopen: '重新打开',
  scheduleFollowUp: '安排回访',
  recordFollowUp: '记录回访',
  addInfo: '补充情况',
  withdraw: '撤回',
  rate: '评价',
}

const OPEN_WORK = {
  contact: 'inProgress',
  note: 'same',
  message: 'same',
  refer: 'same',
  updateReferral: 'same',
  escalate: 'same',
  reassign: 'same',
  addInfo: 'same',
  withdraw: 'closed',
  close: 'closed',
} as const

/**
 * The lifecycle: state × step → next state ('same': stays, but is on the timeline).
 * A pair that is not here is refused with CONFLICT. Reopening puts a case back in the
 * chair's queue (submitted), so it is accepted and assigned again on the record.
 */
export const REQUEST_TRANSITIONS: Record<RequestState, Partial<Record<RequestStep, RequestState | 'same'>>> = {
  submitted: { accept: 'accepted', referOn: 'closed', escalate: 'same', addInfo: 'same', withdraw: 'closed', note: 'same' },
  accepted: { ...OPEN_WORK },
  inProgress: { ...OPEN_WORK, contact: 'same', scheduleFollowUp: 'same', recordFollowUp: 'same' },
  closed: { reopen: 'submitted', rate: 'same', note: 'same', updateReferral: 'same', scheduleFollowUp: 'same', recordFollowUp: 'same' },
}

/** The state `step` leads to from `state`, or null when the table does not allow it. */
export function nextRequestState(state: RequestState, step: RequestStep): RequestState | null {
  const next = REQUEST_TRANSITIONS[state][step]
  if (!next) return null
  return next === 'same' ? state : next
}

/** Steps the woman herself takes; every other step is the staff's. */
export const REQUESTER_STEPS: readonly RequestStep[] = ['addInfo', 'withdraw', 'rate']

/** Deadlines: accepted within 24 h (urgent: 2 h) of entering the queue; first contact within 3 days of acceptance. */
export const ACCEPT_WITHIN_HOURS: Record<Urgency, number> = { urgent: 2, normal: 24 }
export const FIRST_CONTACT_WITHIN_HOURS = 72

/** Closed cases are anonymised this long after closure unless the deployment configures otherwise. */
export const DEFAULT_RETENTION_DAYS = 1095
/** The consent text she agreed to is versioned; the version is stored with the case. */
export const CONSENT_VERSION = '2026-11'

/** Sealed (encrypted) text: `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
export const sealed = z.string()

/** What the woman told us about herself, sealed as one JSON document. */
export const requestPersonal = z.object({
  /** how she would like to be called; may be empty */
  name: z.string(),
  description: z.string(),
  needs: z.string(),
  phone: z.string(),
  address: z.string(),
  /** safe times to reach her, in her words */
  safeTimes: z.string(),
})
export type RequestPersonal = z.infer<typeof requestPersonal>

export const referral = z.object({
  id,
  body: referralBody,
  /** sealed: who exactly, what was sent */
  note: sealed,
  status: referralStatus,
  sentAt: instant,
  updatedAt: instant,
})
export type Referral = z.infer<typeof referral>

export const requestDoc = z.object({
  _id: id,
  version: z.number(),
  createdAt: instant,
  updatedAt: instant,
  /** the case code she and the staff speak of, e.g. QZ-7K3M9P2D */
  code: z.string(),
  orgId: id,
  orgAncestorIds: z.array(id),
  state: requestState,
  category: requestCategory,
  urgency,
  ageBand,
  forWhom: z.enum(['self', 'other']),
  channel: requestChannel,
  /** the woman's openid; null when a member filed it for her, or after deletion */
  requesterOpenid: z.nullable(z.string()),
  /** the member who filed it on her behalf */
  filedByMemberId: z.nullable(id),
  consent: z.object({ kind: z.enum(['inApp', 'verbal']), version: z.string(), at: instant, verbalDate: z.nullable(localDate) }),
  contactChannel,
  doNotCall: z.boolean(),
  /** sealed RequestPersonal; '' once anonymised */
  personal: sealed,
  assigneeId: z.nullable(id),
  backupId: z.nullable(id),
  /** the upper federation it was escalated to (上报) */
  escalatedToOrgId: z.nullable(id),
  escalatedAt: z.nullable(instant),
  /** when it (last) entered the chair's queue: submit or reopen */
  queuedAt: instant,
  acceptedAt: z.nullable(instant),
  firstContactAt: z.nullable(instant),
  closedAt: z.nullable(instant),
  closure: z.nullable(z.object({ reason: closureReason, note: sealed })),
  referrals: z.array(referral),
  followUp: z.nullable(z.object({ dueDate: localDate, doneAt: z.nullable(instant), note: sealed })),
  rating: z.nullable(z.object({ score: z.number(), comment: sealed, at: instant })),
  anonymisedAt: z.nullable(instant),
})
export type RequestDoc = z.infer<typeof requestDoc>

/**
 * One entry of a case's timeline. `_id` is `<caseId>.<seq>` where seq is the version the
 * case reaches by this step: claiming that `_id` is what makes a transition win, so of
 * two racing steps exactly one is recorded. `patch` is what the step sets on the case,
 * so a step whose case write was cut short (host killed) is rolled forward on next read.
 */
export const requestEventDoc = z.object({
  _id: z.string(),
  caseId: id,
  orgId: id,
  seq: z.number(),
  at: instant,
  step: z.union([z.enum(REQUEST_STEPS), z.literal('submit')]),
  from: z.nullable(requestState),
  to: requestState,
  actor: z.enum(['requester', 'staff', 'system']),
  /** the staff member's name; '' for the requester */
  actorName: z.string(),
  /** shown on her timeline (notes and internal steps are not) */
  visibleToRequester: z.boolean(),
  /** sealed free text of the step (her added information, a note, a message); '' if none */
  text: sealed,
  patch: z.record(z.string(), z.unknown()),
})
export type RequestEventDoc = z.infer<typeof requestEventDoc>
