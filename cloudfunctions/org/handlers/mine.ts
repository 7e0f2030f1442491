// org.mine: the federations where the caller is bound as a member, so 我的 → 工作台 can
// offer each one (a chair of two bodies sees both). Two reads: her member records by
// the openid index, then their orgs in one `$in`.
import type { OrgDoc } from '../../../types'
import type { Ctx } from '../../common/context'
import { leads, membershipsOf } from '../../common/staff'
import type { OrgInput, OrgOutput } from '../lib/types'
import { toSummary } from '../lib/views'

export async function mine(_input: OrgInput<'mine'>, ctx: Ctx): Promise<OrgOutput<'mine'>> {
  const memberships = await membershipsOf(ctx.store, ctx.caller)
  if (memberships.length === 0) return { places: [] }
  const orgIds = [...new Set(memberships.map((m) => m.orgId))]
  const orgs = await ctx.store.find<OrgDoc>('orgs', { _id: { $in: orgIds } }, { limit: orgIds.length })
  const byId = new Map(orgs.map((org) => [org._id, org]))
  const places = memberships.flatMap((m) => {
    const org = byId.get(m.orgId)
    if (!org) return []
    const role = leads(m.post) ? ('chair' as const) : ('member' as const)
    return [{ ...toSummary(org), role, memberId: m.memberId, post: m.post }]
  })
  return { places: places.sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name, 'zh') : a.role === 'chair' ? -1 : 1)) }
}
