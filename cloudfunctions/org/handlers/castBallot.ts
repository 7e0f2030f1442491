// org.castBallot (public): a 妇女代表 at the 执委会 rates every member of the round on her phone
// with the one-time code the chair showed her — no account. 002 履职制度第八条 "接受妇女代表的评议";
// 激励制度第三条 "邀请妇女代表对基层妇联执委履职情况开展评议". A code casts one ballot, ever: sent again
// with the same ratings (a retry) it answers the same success, with others it is refused. A wrong
// code counts against the caller's tries (POLICY: the slot is taken before the code is looked up).
import type { CtxOf } from '../../common/policy'
import { assertRatings, castOnce, codeBallotId, orderedRatings, roundOfCode, USED_CODE } from '../lib/appraisal'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function castBallot(input: OrgInput<'castBallot'>, ctx: CtxOf<'org.castBallot'>): Promise<OrgOutput<'castBallot'>> {
  await ctx.limit.take()
  const round = await roundOfCode(ctx, input.roundId, input.code)
  assertRatings(round, input.ratings, null)
  await castOnce(
    ctx,
    {
      _id: codeBallotId(round._id, input.code),
      createdAt: ctx.clock.now().toISOString(),
      orgId: round.orgId,
      roundId: round._id,
      year: round.year,
      source: 'code',
      raterMemberId: null,
      ratings: orderedRatings(round, input.ratings),
    },
    USED_CODE,
  )
  return { done: true }
}
