// org.dutyOverview (履职情况): every active member of the federation with her 七个一 status, her
// last entry's date, who is behind and who carries the one-year flag (it proposes; the
// committee decides). Statuses only: no entry, no woman's name.
import type { MemberDoc } from '../../../types'
import type { CtxOf } from '../../common/policy'
import { localDate } from '../../common/time'
import { summarize } from '../../shared/duty/cadence'
import { entriesSince, joinedOn, lookbackFrom } from '../lib/duty'
import type { OrgInput, OrgOutput } from '../lib/types'

/** The posts that carry the 七个一: the committee (执委), not volunteers. */
const HELD_TO_DUTY: readonly MemberDoc['post'][] = ['chair', 'viceChair', 'member']

export async function dutyOverview(input: OrgInput<'dutyOverview'>, ctx: CtxOf<'org.dutyOverview'>): Promise<OrgOutput<'dutyOverview'>> {
  const { org } = ctx.access
  const now = ctx.clock.now()
  const since = lookbackFrom(localDate(now))
  const members = (await ctx.store.find<MemberDoc>('members', { orgId: input.orgId, status: 'active' }, { sort: { sort: 1 }, limit: 200 })).filter((m) =>
    HELD_TO_DUTY.includes(m.post),
  )
  const rows = await Promise.all(
    members.map(async (member) => {
      const entries = await entriesSince(ctx, org._id, member._id, since)
      return {
        memberId: member._id,
        name: member.name,
        post: member.post,
        summary: summarize({ memberId: member._id, entries, joinedOn: joinedOn(member), now, minimums: org.dutyMinimums ?? null }),
      }
    }),
  )
  return { asOf: localDate(now), members: rows, behindCount: rows.filter((r) => r.summary.behind).length, silentCount: rows.filter((r) => r.summary.silentYear !== null).length }
}
