// org.listAppraisals: the federation's 述职评议 rounds, newest first — for the chair's page at a
// 执委会 and a member's 互评 page (whether she is among those rated, and has rated the others).
import type { AppraisalRoundDoc } from '../../../types'
import type { CtxOf } from '../../common/policy'
import { roundView } from '../lib/appraisal'
import type { OrgInput, OrgOutput } from '../lib/types'

/** Two rounds a year: ten years of them. */
const MAX_ROUNDS = 20

export async function listAppraisals(_input: OrgInput<'listAppraisals'>, ctx: CtxOf<'org.listAppraisals'>): Promise<OrgOutput<'listAppraisals'>> {
  const { org, standing } = ctx.access
  const callerMemberId = standing.membership?.orgId === org._id ? standing.membership.memberId : null
  const rounds = await ctx.store.find<AppraisalRoundDoc>('appraisal_rounds', { orgId: org._id }, { sort: { createdAt: -1 }, limit: MAX_ROUNDS })
  return { items: await Promise.all(rounds.map((round) => roundView(ctx, round, callerMemberId))) }
}
