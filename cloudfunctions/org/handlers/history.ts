// org.history: the org's change log, newest first — every change and every refusal,
// who and when, before/after. Paged by instant: `before` is the last page's oldest
// entry; a page never splits entries of the same instant, so none is skipped.
import type { AuditDoc, HistoryEntry } from '../../../types'
import type { CtxOf } from '../../common/policy'
import type { OrgInput, OrgOutput } from '../lib/types'

const DEFAULT_LIMIT = 30
/** Entries of one instant a page may carry beyond its limit. */
const MAX_TIED = 200

const toEntry = (doc: AuditDoc): HistoryEntry => ({
  id: doc._id,
  at: doc.at,
  actorName: doc.actorName,
  action: doc.action,
  summary: doc.summary,
  outcome: doc.outcome,
  changes: doc.changes,
})

export async function history(input: OrgInput<'history'>, ctx: CtxOf<'org.history'>): Promise<OrgOutput<'history'>> {
  const { org } = ctx.access
  const limit = input.limit ?? DEFAULT_LIMIT
  const filter = input.before ? { orgId: org._id, at: { $lt: input.before } } : { orgId: org._id }
  const rows = await ctx.store.find<AuditDoc>('audit', filter, { sort: { at: -1, _id: -1 }, limit: limit + 1 })
  if (rows.length <= limit) return { entries: rows.map(toEntry), nextBefore: null }
  const edge = rows[limit - 1].at
  const tied = await ctx.store.find<AuditDoc>('audit', { orgId: org._id, at: edge }, { sort: { _id: -1 }, limit: MAX_TIED })
  const page = [...rows.slice(0, limit).filter((r) => r.at !== edge), ...tied]
  return { entries: page.map(toEntry), nextBefore: edge }
}
