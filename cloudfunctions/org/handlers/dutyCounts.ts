// org.dutyCounts: the federation's 履职 figures this quarter and this year — its own, summed
// over the tree below it, and each child federation's with its 执委's rates (how many, behind,
// flagged) — read from the counts documents the writes keep. Counts only, never a member or a
// woman: a chair above sees who is behind only by opening the child's 履职情况.
import { SMALL_BODY_LEVELS, type DutyCounts, type DutyCountsDoc, type OrgDoc } from '../../../types'
import type { CtxOf } from '../../common/policy'
import { localDate } from '../../common/time'
import { emptyCounts, spanOf } from '../../shared/duty/cadence'
import { tallyOf, teamStatus } from '../lib/duty'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function dutyCounts(input: OrgInput<'dutyCounts'>, ctx: CtxOf<'org.dutyCounts'>): Promise<OrgOutput<'dutyCounts'>> {
  const today = localDate(ctx.clock.now())
  const quarter = spanOf(today, 'quarter')
  const year = spanOf(today, 'year')
  // the federations under it: a 妇女小组 or 妇女微家 has no 执委 to count
  const children = await ctx.store.find<OrgDoc>('orgs', { parentId: input.orgId, level: { $nin: [...SMALL_BODY_LEVELS] } }, { sort: { sort: 1 }, limit: 1000 })
  const read = async (orgId: string) => {
    const [q, y] = await Promise.all([
      ctx.store.getById<DutyCountsDoc>('duty_counts', `${orgId}_${quarter.key}`),
      ctx.store.getById<DutyCountsDoc>('duty_counts', `${orgId}_${year.key}`),
    ])
    const pick = (doc: DutyCountsDoc | null, part: 'own' | 'tree'): DutyCounts => doc?.[part] ?? emptyCounts()
    return { own: { quarter: pick(q, 'own'), year: pick(y, 'own') }, tree: { quarter: pick(q, 'tree'), year: pick(y, 'tree') } }
  }
  const here = await read(input.orgId)
  const below = await Promise.all(
    children.map(async (child) => ({ orgId: child._id, name: child.name, counts: (await read(child._id)).tree, members: tallyOf(await teamStatus(ctx, child)) })),
  )
  return { quarter, year, own: here.own, tree: here.tree, children: below }
}
