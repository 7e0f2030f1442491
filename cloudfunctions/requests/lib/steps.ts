// What each step of requests.act sets on the case, and the checks the contract cannot
// express: the assigned members belong to the federation, the referral exists, there
// is a federation above to escalate to, she rates only once. Free text is sealed here.
import { randomUUID } from 'node:crypto'
import { REQUESTER_STEPS, type MemberDoc, type OrgDoc, type Referral, type RequestDoc, type RequestStepInput } from '../../../types'
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'
import type { CaseRole } from '../../common/policy'
import { localDate } from '../../common/time'
import { invalid } from '../../common/invalid'
import { sealText } from './seal'
import { contactText, VISIBLE_TO_REQUESTER } from './timeline'
import type { StepRecord } from './transition'

export interface PlannedStep {
  patch: Partial<RequestDoc>
  record: StepRecord
}

type Of<K extends RequestStepInput['kind']> = Extract<RequestStepInput, { kind: K }>
interface Plan {
  patch: Partial<RequestDoc>
  /** plain text, sealed before it is stored */
  text: string
}

/** The assignee and backup are active members of the case's org (or, for the upper chair, of hers). */
async function assertAssignable(ctx: Ctx, doc: RequestDoc, roles: CaseRole[], step: Of<'accept'> | Of<'reassign'>): Promise<void> {
  if (step.backupId === step.assigneeId) throw invalid('step.backupId', '备用执委不能和负责执委是同一人')
  const orgIds = roles.includes('upperChair') && doc.escalatedToOrgId ? [doc.orgId, doc.escalatedToOrgId] : [doc.orgId]
  const picks: [string, string | null][] = [
    ['step.assigneeId', step.assigneeId],
    ['step.backupId', step.backupId],
  ]
  for (const [field, id] of picks) {
    if (id === null) continue
    const member = await ctx.store.getById<MemberDoc>('members', id)
    if (!member || member.status !== 'active' || !orgIds.includes(member.orgId)) throw invalid(field, '只能指派本妇联的在任成员')
  }
}

function newReferral(ctx: Ctx, step: Of<'refer'> | Of<'referOn'>, at: string): Referral {
  return { id: randomUUID().replace(/-/g, ''), body: step.body, note: sealText(ctx, step.note), status: 'sent', sentAt: at, updatedAt: at }
}

function updatedReferrals(ctx: Ctx, doc: RequestDoc, step: Of<'updateReferral'>, at: string): Referral[] {
  if (!doc.referrals.some((r) => r.id === step.referralId)) throw invalid('step.referralId', '没有找到这条转介')
  return doc.referrals.map((r) => (r.id === step.referralId ? { ...r, status: step.status, updatedAt: at, note: step.note ? sealText(ctx, step.note) : r.note } : r))
}

async function escalation(ctx: Ctx, doc: RequestDoc, at: string): Promise<Partial<RequestDoc>> {
  if (doc.escalatedToOrgId) throw new AppError('CONFLICT', '这条求助已经上报过上级妇联')
  const org = await ctx.store.getById<OrgDoc>('orgs', doc.orgId)
  if (!org?.parentId) throw new AppError('CONFLICT', '已是最上级组织，无法上报')
  return { escalatedToOrgId: org.parentId, escalatedAt: at }
}

const closing = (ctx: Ctx, reason: NonNullable<RequestDoc['closure']>['reason'], note: string, at: string): Partial<RequestDoc> => ({
  closedAt: at,
  closure: { reason, note: sealText(ctx, note) },
})

/** The staff's work on a case. */
async function staffPlan(ctx: Ctx, doc: RequestDoc, roles: CaseRole[], step: RequestStepInput, at: string): Promise<Plan | null> {
  switch (step.kind) {
    case 'accept':
      await assertAssignable(ctx, doc, roles, step)
      return { patch: { assigneeId: step.assigneeId, backupId: step.backupId, acceptedAt: at }, text: '' }
    case 'reassign':
      await assertAssignable(ctx, doc, roles, step)
      return { patch: { assigneeId: step.assigneeId, backupId: step.backupId }, text: '' }
    case 'referOn':
      return { patch: { referrals: [...doc.referrals, newReferral(ctx, step, at)], closedAt: at, closure: { reason: 'referred', note: '' } }, text: step.note }
    case 'contact':
      return { patch: { firstContactAt: doc.firstContactAt ?? at }, text: contactText(step.how, step.note) }
    case 'note':
    case 'message':
      return { patch: {}, text: step.text }
    case 'refer':
      return { patch: { referrals: [...doc.referrals, newReferral(ctx, step, at)] }, text: step.note }
    case 'updateReferral':
      return { patch: { referrals: updatedReferrals(ctx, doc, step, at) }, text: step.note }
    case 'escalate':
      return { patch: await escalation(ctx, doc, at), text: step.note }
    default:
      return null
  }
}

/** Closing, reopening, 回访, and her own steps. */
function lifecyclePlan(ctx: Ctx, doc: RequestDoc, step: RequestStepInput, at: string): Plan {
  switch (step.kind) {
    case 'close':
      return { patch: closing(ctx, step.reason, step.note, at), text: step.note }
    case 'withdraw':
      return { patch: closing(ctx, 'withdrawn', step.reason, at), text: step.reason }
    case 'reopen':
      return { patch: { closedAt: null, closure: null, queuedAt: at }, text: step.reason }
    case 'scheduleFollowUp':
      if (step.dueDate < localDate(ctx.clock.now())) throw invalid('step.dueDate', '回访日期不能早于今天')
      return { patch: { followUp: { dueDate: step.dueDate, doneAt: null, note: sealText(ctx, step.note) } }, text: step.note }
    case 'recordFollowUp':
      return { patch: { followUp: { dueDate: doc.followUp?.dueDate ?? localDate(ctx.clock.now()), doneAt: at, note: sealText(ctx, step.note) } }, text: step.note }
    case 'addInfo':
      return { patch: {}, text: step.text }
    case 'rate':
      if (doc.rating) throw new AppError('CONFLICT', '您已经评价过了')
      return { patch: { rating: { score: step.score, comment: sealText(ctx, step.comment), at } }, text: step.comment }
    default:
      throw new Error(`no plan for step ${step.kind}`)
  }
}

/** The patch and timeline record of `step` on `doc`, or INVALID_INPUT / CONFLICT for what cannot be. */
export async function planStep(ctx: Ctx, doc: RequestDoc, roles: CaseRole[], step: RequestStepInput, actorName: string): Promise<PlannedStep> {
  const at = ctx.clock.now().toISOString()
  const plan = (await staffPlan(ctx, doc, roles, step, at)) ?? lifecyclePlan(ctx, doc, step, at)
  const byRequester = REQUESTER_STEPS.includes(step.kind)
  return {
    patch: plan.patch,
    record: {
      actor: byRequester ? 'requester' : 'staff',
      actorName: byRequester ? '' : actorName,
      visibleToRequester: VISIBLE_TO_REQUESTER[step.kind],
      text: sealText(ctx, plan.text),
    },
  }
}
