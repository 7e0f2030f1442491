// org.dutySummary (我的履职): the 七个一 at a glance — her own, or, for her chair, any member's.
import type { CtxOf } from '../../common/policy'
import { localDate } from '../../common/time'
import { summarize } from '../../shared/duty/cadence'
import { dutyMemberOf, entriesSince, joinedOn, lookbackFrom } from '../lib/duty'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function dutySummary(input: OrgInput<'dutySummary'>, ctx: CtxOf<'org.dutySummary'>): Promise<OrgOutput<'dutySummary'>> {
  const { access } = ctx
  const member = await dutyMemberOf(ctx, access, input.memberId, 'dutySummary')
  const now = ctx.clock.now()
  const entries = await entriesSince(ctx, access.org._id, member._id, lookbackFrom(localDate(now)))
  return { summary: summarize({ memberId: member._id, entries, joinedOn: joinedOn(member), now, minimums: access.org.dutyMinimums ?? null }) }
}
