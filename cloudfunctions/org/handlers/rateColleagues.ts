// org.rateColleagues: a 执委 of the round rates the others from her own login — 002 履职制度第八条
// "对其他执委履职情况进行评议": every other member once per round, never herself.
import { AppError } from '../../common/errors'
import type { CtxOf } from '../../common/policy'
import { assertOpen, assertRatings, castOnce, memberBallotId, orderedRatings, roundView } from '../lib/appraisal'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function rateColleagues(input: OrgInput<'rateColleagues'>, ctx: CtxOf<'org.rateColleagues'>): Promise<OrgOutput<'rateColleagues'>> {
  const round = ctx.access.doc
  const membership = ctx.access.standing.membership
  const memberId = membership?.orgId === round.orgId ? membership.memberId : null
  if (!memberId || !round.memberIds.includes(memberId)) throw new AppError('FORBIDDEN', '只有参加这次述职的执委可以互评')
  assertOpen(round)
  assertRatings(round, input.ratings, memberId)
  await castOnce(
    ctx,
    {
      _id: memberBallotId(round._id, memberId),
      createdAt: ctx.clock.now().toISOString(),
      orgId: round.orgId,
      roundId: round._id,
      year: round.year,
      source: 'member',
      raterMemberId: memberId,
      ratings: orderedRatings(round, input.ratings),
    },
    '您已经评议过了，每次评议只能评一次',
  )
  return { round: await roundView(ctx, round, memberId) }
}
