// Anonymisation: a closed case keeps its category, state, dates and org for the
// statistics, but loses everything that could identify or describe her — her sealed
// details, her openid, every sealed note and text on the case and its timeline. The
// scheduled job does it once a case has been closed longer than the retention period;
// her own delete does it at once. The audit trail stays. Either way the store is then
// purged of the overwritten versions (`forgetRemnants`), so nothing of her stays readable
// in its files either.
import { DEFAULT_RETENTION_DAYS, type RequestDoc } from '../../../types'
import { recordChange } from '../../common/audit'
import type { Services } from '../../common/context'
import type { CollectionName, Filter, Store } from '../../common/store/port'
import { readCase } from './transition'
import { eventsOf } from './events'

export const RETENTION_ENV = 'LIANGPAI_RETENTION_DAYS'
const DAY_MS = 24 * 3600 * 1000
const PAGE = 200

/** Where a case and its timeline are written: what anonymising overwrites. */
const CASE_COLLECTIONS: readonly CollectionName[] = ['requests', 'request_events']

/**
 * Purges the earlier versions of anonymised cases from the store's own storage (on the
 * local host her sealed details are otherwise still in the files, and the key beside
 * them opens them). Call it once the cases are anonymised, before answering.
 */
export function forgetRemnants(store: Store): Promise<void> {
  return store.purge(CASE_COLLECTIONS)
}

/** The configured retention period in days; the default when unset or not a positive whole number. */
export function retentionDaysFrom(env: NodeJS.ProcessEnv): number {
  const text = env[RETENTION_ENV]?.trim()
  const days = text && /^\d+$/.test(text) ? Number(text) : NaN
  return Number.isSafeInteger(days) && days > 0 ? days : DEFAULT_RETENTION_DAYS
}

type Sealable = Partial<Pick<RequestDoc, 'personal' | 'requesterOpenid' | 'closure' | 'referrals' | 'followUp' | 'rating'>>

/** The same fields with every sealed text emptied and her openid gone; fields absent stay absent. */
export function scrubbed(fields: Sealable): Sealable {
  const out: Sealable = {}
  if ('personal' in fields) out.personal = ''
  if ('requesterOpenid' in fields) out.requesterOpenid = null
  if (fields.closure !== undefined) out.closure = fields.closure && { ...fields.closure, note: '' }
  if (fields.referrals !== undefined) out.referrals = fields.referrals.map((r) => ({ ...r, note: '' }))
  if (fields.followUp !== undefined) out.followUp = fields.followUp && { ...fields.followUp, note: '' }
  if (fields.rating !== undefined) out.rating = fields.rating && { ...fields.rating, comment: '' }
  return out
}

async function scrubTimeline(services: Services, caseId: string): Promise<void> {
  const events = await eventsOf(services.store, caseId)
  for (const event of events) {
    const patch = { ...event.patch, ...scrubbed(event.patch as Sealable) }
    await services.store.update('request_events', { _id: event._id }, { $set: { text: '', patch } })
  }
}

/**
 * Anonymises one case (rolled forward first) if `eligible` still holds for it; true when
 * this call did it. Steps are shut out by `anonymisedAt` (applyStep writes only where
 * it is null); a step that lands between the read and this write moves the version,
 * and the case is read again.
 */
export async function anonymiseCase(services: Services, caseId: string, now: Date, eligible: (doc: RequestDoc) => boolean = () => true): Promise<boolean> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const doc = await readCase(services.store, caseId)
    if (!doc || doc.anonymisedAt || !eligible(doc)) return false
    const fields = { ...scrubbed(doc), anonymisedAt: now.toISOString() }
    if ((await services.store.update('requests', { _id: caseId, version: doc.version, anonymisedAt: null }, { $set: fields })) === 0) continue
    await scrubTimeline(services, caseId)
    return true
  }
  throw new Error(`case ${caseId} kept moving while being anonymised`)
}

/** Closed cases past the cutoff, in (closedAt, _id) order, after the last one seen. */
function expiredAfter(cutoff: string, last: RequestDoc | undefined): Filter {
  const filter: Filter = { state: 'closed', anonymisedAt: null, closedAt: { $lt: cutoff } }
  if (!last) return filter
  return { ...filter, $or: [{ closedAt: { $gt: last.closedAt } }, { closedAt: last.closedAt, _id: { $gt: last._id } }] }
}

/** The scheduled job: anonymises every case closed more than `retentionDays` before `now`; returns how many. */
export async function anonymiseExpired(services: Services, now: Date, retentionDays: number): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString()
  const expired = (doc: RequestDoc) => doc.state === 'closed' && doc.closedAt !== null && doc.closedAt < cutoff
  const ctx = { ...services, caller: { openid: null }, requestId: null }
  let done = 0
  let last: RequestDoc | undefined
  try {
    for (;;) {
      const page = await services.store.find<RequestDoc>('requests', expiredAfter(cutoff, last), { sort: { closedAt: 1, _id: 1 }, limit: PAGE })
      for (const doc of page) {
        if (!(await anonymiseCase(services, doc._id, now, expired))) continue
        done++
        await recordChange(ctx, {
          fn: 'requests',
          action: 'anonymise',
          orgId: doc.orgId,
          target: { collection: 'requests', id: doc._id },
          summary: `求助 ${doc.code} 超过保存期限，已匿名化`,
          actorName: '系统',
        })
      }
      if (page.length < PAGE) return done
      last = page[page.length - 1]
    }
  } finally {
    // also when a run stops half-way: the cases it did anonymise are forgotten on disk
    if (done > 0) await forgetRemnants(services.store)
  }
}
