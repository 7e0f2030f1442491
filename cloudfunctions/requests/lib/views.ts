// What a caller sees of a case, cut to who she is: her own view has her details, the
// closing words and her timeline without staff notes; the staff view (chair, upper
// chair, assigned member) has everything, with the deadlines and the steps she may take.
import { nextRequestState, REQUEST_STEPS, type MemberDoc, type OrgDoc, type RequestDoc, type RequestEventDoc, type RequesterCaseView, type StaffCaseView } from '../../../types'
import type { Ctx } from '../../common/context'
import { caseAllows, type CaseRole } from '../../common/policy'
import { eventsOf } from './events'
import { deadlinesOf } from './deadlines'
import { openPersonal, openText } from './seal'
import { timelineOf } from './timeline'
import type { RequestsOutput } from './types'

async function orgNameOf(ctx: Ctx, orgId: string): Promise<string> {
  return (await ctx.store.getById<OrgDoc>('orgs', orgId))?.name ?? ''
}

function closureOf(ctx: Ctx, doc: RequestDoc): RequesterCaseView['closure'] {
  return doc.closure ? { reason: doc.closure.reason, note: openText(ctx, doc.closure.note) } : null
}

function ratingOf(ctx: Ctx, doc: RequestDoc): RequesterCaseView['rating'] {
  return doc.rating ? { score: doc.rating.score, comment: openText(ctx, doc.rating.comment) } : null
}

const can = (doc: RequestDoc, step: 'addInfo' | 'withdraw') => !doc.anonymisedAt && nextRequestState(doc.state, step) !== null

export async function requesterView(ctx: Ctx, doc: RequestDoc, events: RequestEventDoc[]): Promise<RequesterCaseView> {
  return {
    kind: 'requester',
    _id: doc._id,
    version: doc.version,
    code: doc.code,
    orgName: await orgNameOf(ctx, doc.orgId),
    state: doc.state,
    category: doc.category,
    urgency: doc.urgency,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    personal: openPersonal(ctx, doc.personal),
    contactChannel: doc.contactChannel,
    doNotCall: doc.doNotCall,
    closure: closureOf(ctx, doc),
    rating: ratingOf(ctx, doc),
    timeline: timelineOf(ctx, events, 'requester'),
    canAddInfo: can(doc, 'addInfo'),
    canWithdraw: can(doc, 'withdraw'),
    canRate: !doc.anonymisedAt && doc.state === 'closed' && doc.rating === null,
  }
}

/** The names of the members a case refers to, by id. */
async function peopleOf(ctx: Ctx, doc: RequestDoc): Promise<(id: string | null) => StaffCaseView['assignee']> {
  const ids = [doc.assigneeId, doc.backupId, doc.filedByMemberId].filter((id): id is string => id !== null)
  const found = ids.length ? await ctx.store.find<MemberDoc>('members', { _id: { $in: ids } }, { limit: ids.length }) : []
  const names = new Map(found.map((m) => [m._id, m.name]))
  return (id) => (id === null ? null : { id, name: names.get(id) ?? '' })
}

/** The caller's standing shown on the staff view, strongest first. */
function staffRole(roles: CaseRole[]): StaffCaseView['role'] {
  if (roles.includes('chair')) return 'chair'
  if (roles.includes('upperChair')) return 'upperChair'
  return 'assignee'
}

/** Steps the lifecycle allows now and the policy lets this caller take (none on an anonymised case). */
export function allowedSteps(doc: RequestDoc, roles: CaseRole[]): StaffCaseView['allowedSteps'] {
  if (doc.anonymisedAt) return []
  return REQUEST_STEPS.filter((step) => nextRequestState(doc.state, step) !== null && caseAllows(`requests.act.${step}`, roles))
    .filter((step) => step !== 'rate' || doc.rating === null)
    .filter((step) => step !== 'escalate' || doc.escalatedToOrgId === null)
    .filter((step) => step !== 'updateReferral' || doc.referrals.length > 0)
}

/** Referrals and the 回访, their notes opened. */
function workOf(ctx: Ctx, doc: RequestDoc): Pick<StaffCaseView, 'referrals' | 'followUp'> {
  return {
    referrals: doc.referrals.map((r) => ({ id: r.id, body: r.body, note: openText(ctx, r.note), status: r.status, sentAt: r.sentAt, updatedAt: r.updatedAt })),
    followUp: doc.followUp ? { dueDate: doc.followUp.dueDate, doneAt: doc.followUp.doneAt, note: openText(ctx, doc.followUp.note) } : null,
  }
}

async function staffView(ctx: Ctx, doc: RequestDoc, events: RequestEventDoc[], roles: CaseRole[]): Promise<StaffCaseView> {
  const person = await peopleOf(ctx, doc)
  const { acceptBy, contactBy, overdue } = deadlinesOf(doc, ctx.clock.now())
  return {
    kind: 'staff',
    _id: doc._id,
    version: doc.version,
    code: doc.code,
    orgId: doc.orgId,
    orgName: await orgNameOf(ctx, doc.orgId),
    state: doc.state,
    category: doc.category,
    urgency: doc.urgency,
    ageBand: doc.ageBand,
    forWhom: doc.forWhom,
    channel: doc.channel,
    filedBy: person(doc.filedByMemberId),
    consent: doc.consent,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    personal: openPersonal(ctx, doc.personal),
    contactChannel: doc.contactChannel,
    doNotCall: doc.doNotCall,
    assignee: person(doc.assigneeId),
    backup: person(doc.backupId),
    escalatedToOrgId: doc.escalatedToOrgId,
    queuedAt: doc.queuedAt,
    acceptedAt: doc.acceptedAt,
    firstContactAt: doc.firstContactAt,
    closedAt: doc.closedAt,
    acceptBy,
    contactBy,
    overdue,
    closure: closureOf(ctx, doc),
    ...workOf(ctx, doc),
    rating: ratingOf(ctx, doc),
    timeline: timelineOf(ctx, events, 'staff'),
    role: staffRole(roles),
    allowedSteps: allowedSteps(doc, roles),
  }
}

/** The view the caller's roles give: hers if she filed it, the staff view otherwise. */
export async function caseViewFor(ctx: Ctx, doc: RequestDoc, roles: CaseRole[]): Promise<RequestsOutput<'get'>> {
  const events = await eventsOf(ctx.store, doc._id)
  if (roles.includes('requester')) return { case: await requesterView(ctx, doc, events) }
  return { case: await staffView(ctx, doc, events, roles) }
}
