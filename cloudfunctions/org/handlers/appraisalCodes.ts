// org.appraisalCodes: the chair's page shows the 妇女代表 their one-time codes (as QR codes, one at a
// time): derived again from the round's sealed key, each with whether a ballot was cast with it.
// The codes live only while the round is open.
import type { CtxOf } from '../../common/policy'
import { assertOpen, ballotsOf, codeBallotId, roundView } from '../lib/appraisal'
import { appraisalCodes as codesOf } from '../lib/appraisalRules'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function appraisalCodes(_input: OrgInput<'appraisalCodes'>, ctx: CtxOf<'org.appraisalCodes'>): Promise<OrgOutput<'appraisalCodes'>> {
  const round = ctx.access.doc
  assertOpen(round)
  const cast = new Set((await ballotsOf(ctx, round._id, 'code')).map((b) => b._id))
  const codes = codesOf(ctx.ports.vault.open(round.codeKey), round.codeCount).map((code, ordinal) => ({ ordinal, code, used: cast.has(codeBallotId(round._id, code)) }))
  const used = codes.filter((c) => c.used).length
  const membership = ctx.access.standing.membership
  return { round: await roundView(ctx, round, membership?.orgId === round.orgId ? membership.memberId : null), codes, used, left: codes.length - used }
}
