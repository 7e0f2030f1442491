// requests.stats: counts of a federation's help requests for its chairs (own), or of its
// own and every federation below it for its chair (rollup, 汇总). The chair of the
// federation sees its own figures exactly — she can open each of those cases anyway —
// while the figures of federations below her, and any figure a chair above reads, stay
// protected (no count of 1–4, nor one it could be worked out from).
import type { CtxOf } from '../../common/policy'
import type { Filter } from '../../common/store/port'
import { collectStatCases, summarise } from '../lib/stats'
import type { RequestsInput, RequestsOutput } from '../lib/types'

type Input = RequestsInput<'stats'>
type Output = RequestsOutput<'stats'>

export async function stats(input: Input, ctx: CtxOf<'requests.stats'>): Promise<Output> {
  const { org } = ctx.access
  // a case's own org is never among its ancestors, so the two reads never overlap
  const filters: Filter[] = input.scope === 'own' ? [{ orgId: org._id }] : [{ orgId: org._id }, { orgAncestorIds: org._id }]
  const cases = (await Promise.all(filters.map((filter) => collectStatCases(ctx, filter)))).flat()
  const exactOrgId = ctx.access.standing.role === 'chair' ? org._id : null
  return summarise(input.scope, cases, ctx.clock.now(), exactOrgId)
}
