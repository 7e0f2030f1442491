// org.ballotForm (public): what a 妇女代表's phone shows once she scanned the chair's code — the
// federation's name, the half-year, and each member to rate with her name, post and photo. Nothing
// else: no phone, no result. A used code is told so at once.
import { APPRAISAL_HALF_LABEL, type AppraisalBallotDoc, type MemberDoc, type OrgDoc } from '../../../types'
import { AppError } from '../../common/errors'
import type { CtxOf } from '../../common/policy'
import { codeBallotId, roundOfCode, USED_CODE } from '../lib/appraisal'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function ballotForm(input: OrgInput<'ballotForm'>, ctx: CtxOf<'org.ballotForm'>): Promise<OrgOutput<'ballotForm'>> {
  await ctx.limit.take()
  const round = await roundOfCode(ctx, input.roundId, input.code)
  if (await ctx.store.getById<AppraisalBallotDoc>('appraisal_ballots', codeBallotId(round._id, input.code))) throw new AppError('CONFLICT', USED_CODE)
  const [org, members] = await Promise.all([
    ctx.store.getById<OrgDoc>('orgs', round.orgId),
    ctx.store.find<MemberDoc>('members', { _id: { $in: round.memberIds } }, { limit: round.memberIds.length }),
  ])
  const byId = new Map(members.map((m) => [m._id, m]))
  return {
    orgName: org?.name ?? '',
    half: `${round.year}年${APPRAISAL_HALF_LABEL[round.half]}`,
    members: round.memberIds.flatMap((memberId) => {
      const m = byId.get(memberId)
      return m ? [{ memberId, name: m.name, post: m.post, photoUrl: m.photoUrl }] : []
    }),
  }
}
