// requests.queue: the chair's work list of help requests — her federation's own cases,
// the cases its children escalated to it (上报), or a member's assigned cases. Newest in
// the queue first, by an index, with a stable cursor; asked, the cases waiting on a
// deadline come first apart, urgent first then the earliest deadline (lib/pressing.ts).
// No names and no free text: a case shows only its code, category, urgency, age band,
// state and deadlines until opened.
import type { OrgDoc, QueueItem, RequestDoc } from '../../../types'
import type { Ctx } from '../../common/context'
import { page, type Page } from '../../common/paging'
import type { CtxOf } from '../../common/policy'
import { membershipsOf } from '../../common/staff'
import type { Filter } from '../../common/store/port'
import { deadlinesOf, overdueFilters } from '../lib/deadlines'
import { dueOf, findPressing } from '../lib/pressing'
import type { RequestsInput, RequestsOutput } from '../lib/types'

type Input = RequestsInput<'queue'>
type Output = RequestsOutput<'queue'>

/**
 * The cases of the scope, as filters that never overlap (a case's own org is never the
 * one it was escalated to), each with its org field at the top level so the embedded
 * store can use its index. A member's assigned cases include those escalated to her
 * federation that its chair gave her.
 */
async function scopeFilters(ctx: Ctx, input: Input, org: OrgDoc): Promise<Filter[]> {
  if (input.scope === 'own') return [{ orgId: org._id }]
  if (input.scope === 'escalated') return [{ escalatedToOrgId: org._id }]
  const memberIds = (await membershipsOf(ctx.store, ctx.caller)).map((m) => m.memberId)
  const mine: Filter = { $or: [{ assigneeId: { $in: memberIds } }, { backupId: { $in: memberIds } }] }
  return [
    { orgId: org._id, $and: [mine] },
    { escalatedToOrgId: org._id, $and: [mine] },
  ]
}

/** A page of the scope's cases after the cursor, newest in the queue first, but for those listed apart. */
function findPage(ctx: Ctx, scope: Filter[], input: Input, apart: RequestDoc[]): Promise<Page<RequestDoc>> {
  const state: Filter = input.state ? { state: input.state } : {}
  const notApart: Filter = apart.length ? { _id: { $nin: apart.map((doc) => doc._id) } } : {}
  // the scope's org field last: the embedded store answers from the last indexed field it
  // meets, and an org's cases are far fewer than all cases in one state
  const filter = scope.map((one) => ({ ...state, ...notApart, ...one }))
  return page<RequestDoc>(ctx, { collection: 'requests', filter, field: 'queuedAt', cursor: input.cursor, limit: input.limit })
}

/** Names of the orgs the cases belong to: one read per distinct org. */
async function orgNames(ctx: Ctx, cases: RequestDoc[], known: OrgDoc): Promise<Map<string, string>> {
  const names = new Map([[known._id, known.name]])
  const missing = [...new Set(cases.map((c) => c.orgId))].filter((id) => !names.has(id))
  const orgs = await Promise.all(missing.map((id) => ctx.store.getById<OrgDoc>('orgs', id)))
  for (const found of orgs) if (found) names.set(found._id, found.name)
  return names
}

function queueItem(doc: RequestDoc, orgName: string, now: Date): QueueItem {
  const { acceptBy, overdue } = deadlinesOf(doc, now)
  return {
    _id: doc._id,
    code: doc.code,
    orgId: doc.orgId,
    orgName,
    category: doc.category,
    urgency: doc.urgency,
    ageBand: doc.ageBand,
    state: doc.state,
    createdAt: doc.createdAt,
    queuedAt: doc.queuedAt,
    escalated: doc.escalatedToOrgId !== null,
    assigned: doc.assigneeId !== null,
    acceptBy,
    due: dueOf(doc, now),
    overdue,
  }
}

/** Overdue open cases of the scope (whatever the state filter), counted by the index. */
async function countOverdue(ctx: Ctx, scope: Filter[], now: Date): Promise<number> {
  const filters = scope.flatMap((filter) => overdueFilters(now).map((overdue) => ({ ...overdue, ...filter })))
  const counts = await Promise.all(filters.map((filter) => ctx.store.count('requests', filter)))
  return counts.reduce((sum, n) => sum + n, 0)
}

export async function queue(input: Input, ctx: CtxOf<'requests.queue'>): Promise<Output> {
  const { org } = ctx.access
  const scope = await scopeFilters(ctx, input, org)
  const now = ctx.clock.now()
  // read again on every page, so a case listed apart on the first is not among the rest on a later one
  const pressing = input.pressingFirst ? await findPressing(ctx, scope, input.state, now) : []
  const [{ items, nextCursor }, overdueCount] = await Promise.all([findPage(ctx, scope, input, pressing), countOverdue(ctx, scope, now)])
  const names = await orgNames(ctx, [...pressing, ...items], org)
  const toItem = (doc: RequestDoc) => queueItem(doc, names.get(doc.orgId) ?? '', now)
  return { items: items.map(toItem), pressing: pressing.map(toItem), nextCursor, overdueCount }
}
