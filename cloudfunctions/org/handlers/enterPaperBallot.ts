// org.enterPaperBallot: the chair types in a 妇女代表's paper ballot (for those without a phone). One
// ballot per call; a retried request (same requestId) stores it once.
import { recordChange } from '../../common/audit'
import type { CtxOf } from '../../common/policy'
import { newId } from '../../common/writes'
import { assertOpen, assertRatings, castOnce, orderedRatings, roundView } from '../lib/appraisal'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function enterPaperBallot(input: OrgInput<'enterPaperBallot'>, ctx: CtxOf<'org.enterPaperBallot'>): Promise<OrgOutput<'enterPaperBallot'>> {
  const { access } = ctx
  const round = access.doc
  assertOpen(round)
  assertRatings(round, input.ratings, null)
  const { created } = await castOnce(
    ctx,
    {
      _id: `p-${newId(ctx, 'enterPaperBallot', round._id)}`,
      createdAt: ctx.clock.now().toISOString(),
      orgId: round.orgId,
      roundId: round._id,
      year: round.year,
      source: 'paper',
      raterMemberId: null,
      ratings: orderedRatings(round, input.ratings),
    },
    '这张纸质评议票刚才已经录入了',
  )
  if (created) {
    await recordChange(ctx, {
      fn: 'org',
      action: 'enterPaperBallot',
      orgId: round.orgId,
      target: { collection: 'appraisal_rounds', id: round._id },
      summary: '录入了一张纸质评议票',
      actorName: access.actorName,
    })
  }
  const membership = access.standing.membership
  return { round: await roundView(ctx, round, membership?.orgId === round.orgId ? membership.memberId : null) }
}
