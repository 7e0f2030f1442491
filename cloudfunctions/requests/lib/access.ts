// Who may see or touch one case (CASE_POLICY in common/policy.ts). The caller's roles
// toward the case come from her openid and her bound member records; anyone the table
// does not let in is told NOT_FOUND — never FORBIDDEN, so case ids cannot be probed —
// and the attempt is audited with the case code only (or the id, for no such case).
import type { RequestDoc, RequestEventDoc } from '../../../types'
import { recordRefusal } from '../../common/audit'
import type { Caller, Ctx } from '../../common/context'
import { AppError } from '../../common/errors'
import { caseAllows, type CaseRole } from '../../common/policy'
import { membershipsOf, type Membership } from '../../common/staff'
import { readCase } from './transition'

export const CASE_NOT_FOUND = '没有找到这条求助'

const leads = (m: Membership) => m.post === 'chair' || m.post === 'viceChair'

/** The case (half-applied steps rolled forward), or NOT_FOUND. */
export async function loadCase(ctx: Ctx, caseId: string): Promise<RequestDoc> {
  const doc = await readCase(ctx.store, caseId)
  if (!doc) throw new AppError('NOT_FOUND', CASE_NOT_FOUND)
  return doc
}

/** The case's timeline, oldest first. */
export async function eventsOf(ctx: Ctx, caseId: string): Promise<RequestEventDoc[]> {
  return ctx.store.find<RequestEventDoc>('request_events', { caseId }, { sort: { seq: 1 } })
}

/** The member record that gives the caller a staff role toward the case, strongest first. */
function staffMembership(doc: RequestDoc, memberships: Membership[]): Membership | null {
  return (
    memberships.find((m) => leads(m) && m.orgId === doc.orgId) ??
    memberships.find((m) => leads(m) && doc.escalatedToOrgId !== null && m.orgId === doc.escalatedToOrgId) ??
    memberships.find((m) => m.memberId === doc.assigneeId || m.memberId === doc.backupId) ??
    null
  )
}

export function rolesFrom(caller: Caller, doc: RequestDoc, memberships: Membership[]): CaseRole[] {
  if (!caller.openid) return ['anonymous']
  const roles: CaseRole[] = []
  if (doc.requesterOpenid !== null && caller.openid === doc.requesterOpenid) roles.push('requester')
  if (memberships.some((m) => m.memberId === doc.assigneeId || m.memberId === doc.backupId)) roles.push('assignee')
  if (memberships.some((m) => leads(m) && m.orgId === doc.orgId)) roles.push('chair')
  if (doc.escalatedToOrgId !== null && memberships.some((m) => leads(m) && m.orgId === doc.escalatedToOrgId)) roles.push('upperChair')
  if (memberships.some((m) => !leads(m) && m.orgId === doc.orgId)) roles.push('orgMember')
  if (roles.length > 0) return roles
  return memberships.length > 0 ? ['otherStaff'] : ['resident']
}

export async function caseRolesOf(ctx: Ctx, doc: RequestDoc): Promise<CaseRole[]> {
  return rolesFrom(ctx.caller, doc, await membershipsOf(ctx.store, ctx.caller))
}

export interface CaseAccess {
  doc: RequestDoc
  roles: CaseRole[]
  /** the staff member's name; '' when she acts on her own case */
  actorName: string
}

async function refuse(ctx: Ctx, key: string, caseId: string, doc: RequestDoc | null, roles: CaseRole[], memberships: Membership[]): Promise<never> {
  await recordRefusal(ctx, {
    fn: 'requests',
    action: key.replace(/^requests\./, ''),
    orgId: doc?.orgId ?? null,
    target: { collection: 'requests', id: caseId },
    summary: doc ? `拒绝：${key}（${roles.join('、')}）于求助 ${doc.code}` : `拒绝：${key}（没有这条求助）`,
    ...(memberships[0] ? { actorName: memberships[0].name } : {}),
  })
  throw new AppError('NOT_FOUND', CASE_NOT_FOUND)
}

/** The case, if CASE_POLICY lets the caller's roles do `key` (e.g. "requests.act.close"); else NOT_FOUND, audited. */
export async function authorizeCase(ctx: Ctx, key: string, caseId: string): Promise<CaseAccess> {
  const memberships = await membershipsOf(ctx.store, ctx.caller)
  const doc = await readCase(ctx.store, caseId)
  if (!doc) return refuse(ctx, key, caseId, null, [], memberships)
  const roles = rolesFrom(ctx.caller, doc, memberships)
  if (!caseAllows(key, roles)) return refuse(ctx, key, caseId, doc, roles, memberships)
  const asRequester = roles.includes('requester') && caseAllows(key, ['requester'])
  return { doc, roles, actorName: asRequester ? '' : staffMembership(doc, memberships)?.name ?? '居民' }
}
