// org.appraisalResults: each member's 述职评议 result for a year — 满意 / 基本满意 / 不满意 over the year's
// closed rounds, 合格 / 不合格 by the federation's rule (committeeRules failShare), 未评议 when nobody
// rated her. 结果只给本人和主席看: the chairs see every member and the 优秀执委推荐名单 (激励制度第三条
// "评议结果作为优秀基层妇联执委的评选依据"); a member sees only her own.
import { committeeRulesOf, type AppraisalBallotDoc, type AppraisalRoundDoc, type MemberDoc } from '../../../types'
import type { CtxOf } from '../../common/policy'
import { closedRounds } from '../lib/appraisal'
import { resultRows, shortlistOf, yearlyCounts } from '../lib/appraisalRules'
import { committeeMembers } from '../lib/committee'
import { readAll } from '../../common/readAll'
import type { OrgInput, OrgOutput } from '../lib/types'

async function commentsOf(ctx: CtxOf<'org.appraisalResults'>, rounds: readonly AppraisalRoundDoc[], memberIds: ReadonlySet<string>): Promise<Map<string, string[]>> {
  const comments = new Map<string, string[]>()
  if (rounds.length === 0) return comments
  const ballots = await readAll<AppraisalBallotDoc>(ctx, 'appraisal_ballots', { roundId: { $in: rounds.map((r) => r._id) } }, { _id: 1 })
  for (const rating of ballots.flatMap((b) => b.ratings)) {
    if (rating.comment && memberIds.has(rating.memberId)) comments.set(rating.memberId, [...(comments.get(rating.memberId) ?? []), rating.comment])
  }
  return comments
}

export async function appraisalResults(input: OrgInput<'appraisalResults'>, ctx: CtxOf<'org.appraisalResults'>): Promise<OrgOutput<'appraisalResults'>> {
  const { org, standing } = ctx.access
  const share = committeeRulesOf(org).failShare
  const rounds = await closedRounds(ctx, org._id, input.year)
  const counts = yearlyCounts(rounds)
  const all = standing.role === 'chair'
  const ownId = standing.membership?.orgId === org._id ? standing.membership.memberId : null
  const inOffice = [...(await committeeMembers(ctx, org._id)).values()]
  // those rated that year who left since are still shown to the chairs
  const gone = [...counts.keys()].filter((id) => !inOffice.some((m) => m._id === id))
  const left = gone.length ? await ctx.store.find<MemberDoc>('members', { _id: { $in: gone } }, { limit: gone.length }) : []
  const people = all ? [...inOffice, ...left] : [...inOffice, ...left].filter((m) => m._id === ownId)
  const rows = resultRows(people, counts, share, await commentsOf(ctx, rounds, new Set(people.map((p) => p._id))))
  const years = [...new Set((await readAll<AppraisalRoundDoc>(ctx, 'appraisal_rounds', { orgId: org._id, status: 'closed' }, { _id: 1 })).map((r) => r.year))]
  return {
    year: input.year,
    failShare: share,
    scope: all ? 'all' : 'own',
    rows,
    shortlist: all ? shortlistOf(rows) : [],
    years: [...new Set([...years, input.year])].sort((a, b) => b - a),
  }
}
