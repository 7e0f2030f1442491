// requests.deleteMine: she deletes her request. An open case is first closed as 本人撤回
// (on the timeline, so the staff see why it stopped), then anonymised at once: nothing
// that describes her remains — not in the store's files either (the earlier versions are
// purged before she is answered) — the case counts on in the statistics, the audit trail stays.
import type { CtxOf } from '../../common/policy'
import { refreshStats, yearOf } from '../../shared/orgStats'
import { audit } from '../lib/record'
import { anonymiseCase, forgetRemnants } from '../lib/retention'
import { VISIBLE_TO_REQUESTER } from '../lib/timeline'
import { applyStep } from '../lib/transition'
import type { RequestsInput, RequestsOutput } from '../lib/types'

export async function deleteMine(_input: RequestsInput<'deleteMine'>, ctx: CtxOf<'requests.deleteMine'>): Promise<RequestsOutput<'deleteMine'>> {
  const { doc } = ctx.access
  const at = ctx.clock.now()
  if (doc.state !== 'closed') {
    const record = { actor: 'requester' as const, actorName: '', visibleToRequester: VISIBLE_TO_REQUESTER.withdraw, text: '' }
    await applyStep(ctx, doc, doc.version, 'withdraw', { closedAt: at.toISOString(), closure: { reason: 'withdrawn', note: '' } }, record)
    // closed now: the view from above counts it among the closed
    await refreshStats(ctx.store, doc.orgId, at, ['requests'], [yearOf(new Date(doc.createdAt))])
  }
  await anonymiseCase(ctx, doc._id, at)
  await forgetRemnants(ctx.store)
  await audit(ctx, { action: 'deleteMine', orgId: doc.orgId, actorName: '', caseId: doc._id, summary: `本人删除了求助 ${doc.code}，已匿名化` })
  return { deleted: true }
}
