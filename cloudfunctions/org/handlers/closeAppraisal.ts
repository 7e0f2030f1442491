// org.closeAppraisal: the chair ends the round. Its codes die (the sealed key is erased, so no
// page can show them, and a code of a closed round is refused), and each member's counts are kept
// on the round: the yearly result adds up the closed rounds. Closed again, it answers as it is.
import { recordChange } from '../../common/audit'
import type { CtxOf } from '../../common/policy'
import { updateVersioned } from '../../common/writes'
import { ballotsOf, roundView } from '../lib/appraisal'
import { tallyBallots } from '../lib/appraisalRules'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function closeAppraisal(input: OrgInput<'closeAppraisal'>, ctx: CtxOf<'org.closeAppraisal'>): Promise<OrgOutput<'closeAppraisal'>> {
  const { access } = ctx
  const membership = access.standing.membership
  const callerMemberId = membership?.orgId === access.doc.orgId ? membership.memberId : null
  if (access.doc.status === 'closed') return { round: await roundView(ctx, access.doc, callerMemberId) }
  const ballots = await ballotsOf(ctx, access.doc._id)
  const round = await updateVersioned(ctx, 'appraisal_rounds', access.doc, input.version, {
    status: 'closed',
    codeKey: '',
    tally: tallyBallots(access.doc.memberIds, ballots),
    closedAt: ctx.clock.now().toISOString(),
  })
  await recordChange(ctx, {
    fn: 'org',
    action: 'closeAppraisal',
    orgId: round.orgId,
    target: { collection: 'appraisal_rounds', id: round._id },
    summary: `结束述职评议：收到评议票 ${ballots.length} 张`,
    actorName: access.actorName,
  })
  return { round: await roundView(ctx, round, callerMemberId) }
}
