// The `requests` function (求助与维权): a woman files a request (or a member files it for
// her), follows it on her timeline, adds to it, withdraws it, rates the help, exports or
// deletes her data; the chair works the queue, assigns, escalates and closes; the
// assigned member records contacts, notes and referrals. Views are cut to the caller:
// the queue carries no personal detail at all, her view carries no staff notes.
import * as z from 'zod/mini'
import { id, instant, localDate, optionalTextBlock, optionalTextField, pageCursor, pageLimit, phone, seenVersion, textBlock } from './common'
import {
  ageBand,
  closureReason,
  contactChannel,
  referralBody,
  referralStatus,
  requestCategory,
  requestChannel,
  requestPersonal,
  requestState,
  urgency,
  REQUEST_STEPS,
} from './requestModel'

/** Phone is optional: '' means she gave none. */
const optionalPhone = z.union([z.literal(''), phone])

/** The part of a request both the woman and a member filing for her fill in. */
const requestFields = {
  orgId: id,
  category: requestCategory,
  urgency,
  /** the age of the woman the request is about; under 14 is refused (guardian / hotline path) */
  ageBand,
  forWhom: z.enum(['self', 'other']),
  name: optionalTextField(20, '称呼'),
  description: textBlock(5, 2000, '发生了什么'),
  needs: optionalTextBlock(1000, '希望得到的帮助'),
  phone: optionalPhone,
  address: optionalTextField(100, '地址'),
  contact: z.strictObject({
    channel: contactChannel,
    safeTimes: optionalTextField(60, '方便联系的时间'),
    doNotCall: z.boolean(),
  }),
}

// ---- requests.terms: what the consent step says (retention is configured per deployment) ----
export const requestTermsInput = z.strictObject({})
export const requestTermsOutput = z.object({ consentVersion: z.string(), retentionDays: z.number() })

// ---- requests.submit: she files it herself, after the consent step ----
export const submitRequestInput = z.strictObject({
  ...requestFields,
  /** the consent checkbox, unchecked by default: only `true` passes */
  consent: z.literal(true, { error: '请先阅读并同意《个人信息使用说明》' }),
  /** the version of the notice she agreed to, e.g. "2026-11" */
  consentVersion: z.string().check(z.minLength(1), z.maxLength(20), z.regex(/^[0-9A-Za-z.-]+$/)),
})
export const caseRef = z.object({ _id: id, code: z.string(), state: requestState })
export const submitRequestOutput = z.object({ request: caseRef })

// ---- requests.fileOnBehalf: a member files for a woman after a visit, a letter or a call ----
export const fileRequestOnBehalfInput = z.strictObject({
  ...requestFields,
  channel: z.enum(['visit', 'mailbox', 'hotline']),
  /** the day she gave her consent by word of mouth */
  verbalConsentDate: localDate,
  /** the member's own 帮扶 / 报告 entry (执委履职) the request comes from: the entry records it (links.requestId) */
  dutyEntryId: z.optional(id),
})

// ---- requests.listMine / get ----
export const myRequestItem = z.object({
  _id: id,
  code: z.string(),
  orgName: z.string(),
  category: requestCategory,
  state: requestState,
  createdAt: instant,
  updatedAt: instant,
})
export const listMyRequestsInput = z.strictObject({})
export const listMyRequestsOutput = z.object({ requests: z.array(myRequestItem) })

export const timelineEntry = z.object({
  seq: z.number(),
  at: instant,
  step: z.string(),
  to: requestState,
  /** plain words of what happened, e.g. 已受理，执委会尽快与您联系 */
  words: z.string(),
  /** the step's free text (decrypted), when the caller may read it */
  text: z.string(),
  actorName: z.string(),
  visibleToRequester: z.boolean(),
})
export type TimelineEntry = z.infer<typeof timelineEntry>

/** The woman's own view of her case: no staff notes, no internal steps. */
export const requesterCaseView = z.object({
  kind: z.literal('requester'),
  _id: id,
  version: z.number(),
  code: z.string(),
  orgName: z.string(),
  state: requestState,
  category: requestCategory,
  urgency,
  createdAt: instant,
  updatedAt: instant,
  personal: requestPersonal,
  contactChannel,
  doNotCall: z.boolean(),
  closure: z.nullable(z.object({ reason: closureReason, note: z.string() })),
  rating: z.nullable(z.object({ score: z.number(), comment: z.string() })),
  timeline: z.array(timelineEntry),
  canAddInfo: z.boolean(),
  canWithdraw: z.boolean(),
  canRate: z.boolean(),
})
export type RequesterCaseView = z.infer<typeof requesterCaseView>

const personRef = z.nullable(z.object({ id, name: z.string() }))

/** A case as the chair or the assigned member sees it once opened (the opening is audited). */
export const staffCaseView = z.object({
  kind: z.literal('staff'),
  _id: id,
  version: z.number(),
  code: z.string(),
  orgId: id,
  orgName: z.string(),
  state: requestState,
  category: requestCategory,
  urgency,
  ageBand,
  forWhom: z.enum(['self', 'other']),
  channel: requestChannel,
  filedBy: personRef,
  consent: z.object({ kind: z.enum(['inApp', 'verbal']), version: z.string(), at: instant, verbalDate: z.nullable(localDate) }),
  createdAt: instant,
  updatedAt: instant,
  personal: requestPersonal,
  contactChannel,
  doNotCall: z.boolean(),
  assignee: personRef,
  backup: personRef,
  escalatedToOrgId: z.nullable(id),
  queuedAt: instant,
  acceptedAt: z.nullable(instant),
  firstContactAt: z.nullable(instant),
  closedAt: z.nullable(instant),
  acceptBy: instant,
  contactBy: z.nullable(instant),
  overdue: z.object({ accept: z.boolean(), contact: z.boolean() }),
  closure: z.nullable(z.object({ reason: closureReason, note: z.string() })),
  referrals: z.array(z.object({ id, body: referralBody, note: z.string(), status: referralStatus, sentAt: instant, updatedAt: instant })),
  followUp: z.nullable(z.object({ dueDate: localDate, doneAt: z.nullable(instant), note: z.string() })),
  rating: z.nullable(z.object({ score: z.number(), comment: z.string() })),
  timeline: z.array(timelineEntry),
  /** how the caller stands toward the case */
  role: z.enum(['chair', 'upperChair', 'assignee']),
  /** the steps this caller may take now (state machine ∩ policy) */
  allowedSteps: z.array(z.enum(REQUEST_STEPS)),
})
export type StaffCaseView = z.infer<typeof staffCaseView>

export const getRequestInput = z.strictObject({ caseId: id })
export const caseOutput = z.object({ case: z.discriminatedUnion('kind', [requesterCaseView, staffCaseView]) })

// ---- requests.act: every step of the lifecycle, with the version the caller saw ----
const assignment = { assigneeId: id, backupId: z.nullable(id) }
export const requestStepInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('accept'), ...assignment }),
  z.strictObject({ kind: z.literal('referOn'), body: referralBody, note: textBlock(2, 500, '转介说明') }),
  z.strictObject({ kind: z.literal('reassign'), ...assignment }),
  z.strictObject({ kind: z.literal('contact'), how: contactChannel, note: textBlock(2, 1000, '联系情况') }),
  z.strictObject({ kind: z.literal('note'), text: textBlock(2, 1000, '备注') }),
  z.strictObject({ kind: z.literal('message'), text: textBlock(2, 500, '留言') }),
  z.strictObject({ kind: z.literal('refer'), body: referralBody, note: textBlock(2, 500, '转介说明') }),
  z.strictObject({ kind: z.literal('updateReferral'), referralId: id, status: referralStatus, note: optionalTextBlock(500, '进展说明') }),
  z.strictObject({ kind: z.literal('escalate'), note: textBlock(2, 500, '上报说明') }),
  z.strictObject({ kind: z.literal('close'), reason: z.enum(['resolved', 'referred', 'outOfScope', 'unreachable']), note: textBlock(2, 500, '办结说明') }),
  z.strictObject({ kind: z.literal('reopen'), reason: textBlock(2, 200, '重新打开的原因') }),
  z.strictObject({ kind: z.literal('scheduleFollowUp'), dueDate: localDate, note: optionalTextBlock(200, '回访安排') }),
  z.strictObject({ kind: z.literal('recordFollowUp'), note: textBlock(2, 500, '回访情况') }),
  z.strictObject({ kind: z.literal('addInfo'), text: textBlock(2, 1000, '补充的情况') }),
  z.strictObject({ kind: z.literal('withdraw'), reason: optionalTextBlock(200, '撤回原因') }),
  z.strictObject({
    kind: z.literal('rate'),
    score: z.number().check(z.int(), z.gte(1, { error: '请选择 1 到 5 颗星' }), z.lte(5, { error: '请选择 1 到 5 颗星' })),
    comment: optionalTextBlock(300, '评价'),
  }),
])
export type RequestStepInput = z.infer<typeof requestStepInput>
export const actOnRequestInput = z.strictObject({ caseId: id, version: seenVersion, step: requestStepInput })

// ---- requests.queue: the chair's queue, no names ----
export const queueItem = z.object({
  _id: id,
  code: z.string(),
  orgId: id,
  orgName: z.string(),
  category: requestCategory,
  urgency,
  ageBand,
  state: requestState,
  createdAt: instant,
  queuedAt: instant,
  escalated: z.boolean(),
  assigned: z.boolean(),
  acceptBy: instant,
  /** the deadline the case waits on now: 受理 (accept) or 首次联系 (contact); null when none */
  due: z.nullable(z.object({ kind: z.enum(['accept', 'contact']), by: instant })),
  overdue: z.object({ accept: z.boolean(), contact: z.boolean() }),
})
export type QueueItem = z.infer<typeof queueItem>
export const requestQueueInput = z.strictObject({
  orgId: id,
  /** own: the org's cases; escalated: cases its children escalated to it; assigned: cases assigned to the caller */
  scope: z.enum(['own', 'escalated', 'assigned']),
  state: z.optional(requestState),
  /**
   * true: the cases waiting on a deadline come apart in `pressing`, urgent first then the
   * earliest deadline (on every page, as they stand), and `items` holds the rest, newest first
   */
  pressingFirst: z.optional(z.boolean()),
  cursor: z.optional(pageCursor),
  limit: pageLimit,
})
export const requestQueueOutput = z.object({
  items: z.array(queueItem),
  /** with pressingFirst: the cases waiting on a deadline, most pressing first (else empty) */
  pressing: z.array(queueItem),
  nextCursor: z.nullable(pageCursor),
  overdueCount: z.number(),
})

// ---- requests.stats: de-identified; no count of 1–4 is shown, nor one it could be worked out from ----
/**
 * A count as published: a number; `few` for a count below 5 (shown 少于5); `hidden` for
 * a count withheld so that no `few` can be worked out by subtraction (shown —); and, in a
 * roll-up, the range its federations' published figures allow (max null: no upper bound).
 */
export const statCount = z.union([z.number(), z.enum(['few', 'hidden']), z.object({ min: z.number(), max: z.nullable(z.number()) })])
export type StatCount = z.infer<typeof statCount>

/** A statistic as published, in words: a number; 少于5; — for one withheld so that a 少于5 cannot be worked out; a roll-up's range. */
export function statCountText(count: StatCount): string {
  if (typeof count === 'number') return String(count)
  if (count === 'few') return '少于5'
  if (count === 'hidden') return '—'
  if (count.max === null) return `至少 ${count.min}`
  return count.max < 5 ? '少于5' : `${count.min}–${count.max}`
}
export const requestStatsInput = z.strictObject({ orgId: id, scope: z.enum(['own', 'rollup']) })
export const requestStatsOutput = z.object({
  scope: z.enum(['own', 'rollup']),
  /** the federation's own cases are counted exactly: the caller is its chair and may open each of them */
  ownExact: z.boolean(),
  total: statCount,
  byCategory: z.array(z.object({ category: requestCategory, count: statCount })),
  byState: z.array(z.object({ state: requestState, count: statCount })),
  /** the last 12 months in Asia/Shanghai, oldest first, as YYYY-MM */
  byMonth: z.array(z.object({ month: z.string(), count: statCount })),
  medianHoursToAccept: z.nullable(z.number()),
  medianHoursToClose: z.nullable(z.number()),
  overdue: statCount,
})
export type RequestStats = z.infer<typeof requestStatsOutput>

// ---- requests.exportMine / deleteMine ----
export const exportMyRequestsInput = z.strictObject({})
export const exportMyRequestsOutput = z.object({ exportedAt: instant, requests: z.array(requesterCaseView) })
export const deleteMyRequestInput = z.strictObject({ caseId: id })
export const deleteMyRequestOutput = z.object({ deleted: z.literal(true) })

export const requestsContract = {
  terms: { input: requestTermsInput, output: requestTermsOutput },
  submit: { input: submitRequestInput, output: submitRequestOutput },
  fileOnBehalf: { input: fileRequestOnBehalfInput, output: submitRequestOutput },
  listMine: { input: listMyRequestsInput, output: listMyRequestsOutput },
  get: { input: getRequestInput, output: caseOutput },
  act: { input: actOnRequestInput, output: caseOutput },
  queue: { input: requestQueueInput, output: requestQueueOutput },
  stats: { input: requestStatsInput, output: requestStatsOutput },
  exportMine: { input: exportMyRequestsInput, output: exportMyRequestsOutput },
  deleteMine: { input: deleteMyRequestInput, output: deleteMyRequestOutput },
} as const
