// Who the caller is on the staff side: her bound member records, and how she stands
// toward one org (chair here, member here, chair of an org above, or nobody).
import type { MemberDoc, OrgDoc, StaffRole } from '../../types'
import type { Caller } from './context'
import type { Store } from './store/port'

export interface Membership {
  memberId: string
  orgId: string
  post: MemberDoc['post']
  name: string
  version: number
}

const leads = (post: MemberDoc['post']) => post === 'chair' || post === 'viceChair'

/** The caller's active, bound member records (one read, by the openid index). */
export async function membershipsOf(store: Store, caller: Caller): Promise<Membership[]> {
  if (!caller.openid) return []
  const members = await store.find<MemberDoc>('members', { openid: caller.openid, status: 'active' }, { limit: 50 })
  return members.map((m) => ({ memberId: m._id, orgId: m.orgId, post: m.post, name: m.name, version: m.version }))
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
