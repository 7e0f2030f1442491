// Who the caller is on the staff side: her bound member records, and how she stands
// toward one org (chair here, member here, chair of an org above, or nobody) or toward
// one help request (its requester, its assigned member, the chairs who may see it).
import type { MemberDoc, OrgDoc, RequestDoc, StaffRole } from '../../types'
import type { Caller } from './context'
import type { CaseRole } from './policy'
import type { Store } from './store/port'

export interface Membership {
  memberId: string
  orgId: string
  post: MemberDoc['post']
  name: string
  version: number
}

/** The posts that lead a federation: its chair (主席) and vice-chairs (副主席). */
export const LEAD_POSTS = ['chair', 'viceChair'] as const satisfies readonly MemberDoc['post'][]

/** Does this post lead its federation (chair or vice-chair)? The one chair test. */
export const leads = (post: MemberDoc['post']): boolean => (LEAD_POSTS as readonly string[]).includes(post)

/** The caller's active, bound member records (one read, by the openid index). */
export async function membershipsOf(store: Store, caller: Caller): Promise<Membership[]> {
  if (!caller.openid) return []
  const members = await store.find<MemberDoc>('members', { openid: caller.openid, status: 'active' }, { limit: 50 })
  return members.map((m) => ({ memberId: m._id, orgId: m.orgId, post: m.post, name: m.name, version: m.version }))
}

/** How many leads a federation's notices go to, at most (one read). */
const MAX_LEADS = 20

/** The WeChat openids of a federation's active chair and vice-chairs who have bound theirs, each once: whom its notices go to. */
export async function leadOpenids(store: Store, orgId: string): Promise<string[]> {
  // their openids alone: not a copy of each leader's whole record (a 求助 or 议事 submit asks this each time)
  const leaders = await store.find<MemberDoc>('members', { orgId, status: 'active', post: { $in: [...LEAD_POSTS] } }, { limit: MAX_LEADS, fields: ['openid'] })
  return [...new Set(leaders.flatMap((leader) => (leader.openid ? [leader.openid] : [])))]
}

export interface Standing {
  role: StaffRole
  /** the membership that gives the role (for chair/member/ancestorChair) */
  membership: Membership | null
}

/** How the caller stands toward `org`, strongest role first. */
export function standingToward(org: Pick<OrgDoc, '_id' | 'ancestorIds'>, caller: Caller, memberships: Membership[]): Standing {
  if (!caller.openid) return { role: 'anonymous', membership: null }
  const here = memberships.filter((m) => m.orgId === org._id)
  const chairHere = here.find((m) => leads(m.post))
  if (chairHere) return { role: 'chair', membership: chairHere }
  const above = memberships.find((m) => leads(m.post) && org.ancestorIds.includes(m.orgId))
  if (above) return { role: 'ancestorChair', membership: above }
  if (here[0]) return { role: 'member', membership: here[0] }
  if (memberships.length > 0) return { role: 'otherStaff', membership: null }
  return { role: 'resident', membership: null }
}

type CaseSide = Pick<RequestDoc, 'orgId' | 'escalatedToOrgId' | 'assigneeId' | 'backupId'>

const assignedTo = (doc: CaseSide, m: Membership) => m.memberId === doc.assigneeId || m.memberId === doc.backupId
const leadsCaseOrg = (doc: CaseSide, m: Membership) => leads(m.post) && m.orgId === doc.orgId
const leadsEscalatedOrg = (doc: CaseSide, m: Membership) => leads(m.post) && doc.escalatedToOrgId !== null && m.orgId === doc.escalatedToOrgId

/** Every role the caller holds toward a case (CASE_ROLES in policy.ts). */
export function caseRolesOf(caller: Caller, doc: CaseSide & Pick<RequestDoc, 'requesterOpenid'>, memberships: Membership[]): CaseRole[] {
  if (!caller.openid) return ['anonymous']
  const roles: CaseRole[] = []
  if (doc.requesterOpenid !== null && caller.openid === doc.requesterOpenid) roles.push('requester')
  if (memberships.some((m) => assignedTo(doc, m))) roles.push('assignee')
  if (memberships.some((m) => leadsCaseOrg(doc, m))) roles.push('chair')
  if (memberships.some((m) => leadsEscalatedOrg(doc, m))) roles.push('upperChair')
  if (memberships.some((m) => !leads(m.post) && m.orgId === doc.orgId)) roles.push('orgMember')
  if (roles.length > 0) return roles
  return memberships.length > 0 ? ['otherStaff'] : ['resident']
}

/** The member record that gives the caller a staff role toward the case, strongest first. */
export function caseStaffMembership(doc: CaseSide, memberships: Membership[]): Membership | null {
  return memberships.find((m) => leadsCaseOrg(doc, m)) ?? memberships.find((m) => leadsEscalatedOrg(doc, m)) ?? memberships.find((m) => assignedTo(doc, m)) ?? null
}
