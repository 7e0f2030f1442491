// org.history: the org's change log (变更记录), newest first — every change and staff
// read, who and when, before/after; refused attempts only when she asks for them, so a
// stranger's refused calls never push the real entries off her page. Paged by instant:
// `before` is the last page's oldest entry; a page never splits entries of the same
// instant, so none is skipped.
import type { AuditDoc, HistoryEntry } from '../../../types'
import type { CtxOf } from '../../common/policy'
import type { Filter } from '../../common/store/port'
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
  const shown: Filter = input.includeRefusals ? { orgId: org._id } : { orgId: org._id, outcome: { $ne: 'refused' } }
  const filter = input.before ? { ...shown, at: { $lt: input.before } } : shown
  const rows = await ctx.store.find<AuditDoc>('audit', filter, { sort: { at: -1, _id: -1 }, limit: limit + 1 })
  if (rows.length <= limit) return { entries: rows.map(toEntry), nextBefore: null }
  const edge = rows[limit - 1].at
  const tied = await ctx.store.find<AuditDoc>('audit', { ...shown, at: edge }, { sort: { _id: -1 }, limit: MAX_TIED })
  const page = [...rows.slice(0, limit).filter((r) => r.at !== edge), ...tied]
  return { entries: page.map(toEntry), nextBefore: edge }
}
