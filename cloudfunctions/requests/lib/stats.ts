// De-identified statistics of help requests (求助统计) for a chair and, rolled up, for
// the federation above: counts by category, state and month, median hours to acceptance
// and to closure, the overdue count. Only counting fields are kept from each case, and
// every count of 1–4 is suppressed (null) so a small number cannot point at a woman.
import { REQUEST_CATEGORIES, REQUEST_STATES, type RequestDoc, type RequestStats } from '../../../types'
import type { Ctx } from '../../common/context'
import { MAX_LIMIT, type Filter } from '../../common/store/port'
import { inBeijing } from '../../common/time'
import { isOverdue } from './deadlines'

/** What statistics may know of a case: no ids, no codes, nothing she wrote. */
export type StatCase = Pick<RequestDoc, 'category' | 'state' | 'urgency' | 'createdAt' | 'queuedAt' | 'acceptedAt' | 'firstContactAt' | 'closedAt'>

/** Below this, a count is not shown and a median is not computed. */
const SMALLEST_SHOWN = 5
const MONTHS_SHOWN = 12
const HOUR_MS = 3600 * 1000

function toStatCase(doc: RequestDoc): StatCase {
  const { category, state, urgency, createdAt, queuedAt, acceptedAt, firstContactAt, closedAt } = doc
  return { category, state, urgency, createdAt, queuedAt, acceptedAt, firstContactAt, closedAt }
}

/** 0 stays 0 (nothing happened is not identifying); 1–4 becomes null. */
function suppress(count: number): number | null {
  return count > 0 && count < SMALLEST_SHOWN ? null : count
}

/** The median of at least SMALLEST_SHOWN values, to one decimal; otherwise null. */
export function median(values: number[]): number | null {
  if (values.length < SMALLEST_SHOWN) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const value = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  return Math.round(value * 10) / 10
}

const monthOf = (iso: string) => inBeijing(new Date(iso)).format('YYYY-MM')

/** The last twelve months in Asia/Shanghai, oldest first, ending with the current one. */
function lastTwelveMonths(now: Date): string[] {
  const local = inBeijing(now)
  const current = local.year() * 12 + local.month()
  return Array.from({ length: MONTHS_SHOWN }, (_, i) => {
    const index = current - (MONTHS_SHOWN - 1) + i
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
  })
}

const hoursBetween = (from: string, to: string) => (new Date(to).getTime() - new Date(from).getTime()) / HOUR_MS

function countBy<K extends string>(keys: readonly K[], cases: StatCase[], keyOf: (c: StatCase) => string): Map<K, number> {
  const counts = new Map<K, number>(keys.map((k) => [k, 0]))
  for (const c of cases) {
    const key = keyOf(c) as K
    if (counts.has(key)) counts.set(key, counts.get(key)! + 1)
  }
  return counts
}

export function summarise(scope: RequestStats['scope'], cases: StatCase[], now: Date): RequestStats {
  const byCategory = countBy(REQUEST_CATEGORIES, cases, (c) => c.category)
  const byState = countBy(REQUEST_STATES, cases, (c) => c.state)
  const byMonth = countBy(lastTwelveMonths(now), cases, (c) => monthOf(c.createdAt))
  const toAccept = cases.filter((c) => c.acceptedAt && c.acceptedAt >= c.queuedAt).map((c) => hoursBetween(c.queuedAt, c.acceptedAt!))
  const toClose = cases.filter((c) => c.state === 'closed' && c.closedAt).map((c) => hoursBetween(c.createdAt, c.closedAt!))
  return {
    scope,
    total: suppress(cases.length),
    byCategory: [...byCategory].map(([category, count]) => ({ category, count: suppress(count) })),
    byState: [...byState].map(([state, count]) => ({ state, count: suppress(count) })),
    byMonth: [...byMonth].map(([month, count]) => ({ month, count: suppress(count) })),
    medianHoursToAccept: median(toAccept),
    medianHoursToClose: median(toClose),
    overdue: suppress(cases.filter((c) => isOverdue(c, now)).length),
  }
}

/** Every case matching `filter`, a page of MAX_LIMIT at a time by `_id`, reduced to StatCase at once. */
export async function collectStatCases(ctx: Ctx, filter: Filter): Promise<StatCase[]> {
  const cases: StatCase[] = []
  let after: string | null = null
  for (;;) {
    const page: RequestDoc[] = await ctx.store.find<RequestDoc>('requests', after ? { ...filter, _id: { $gt: after } } : filter, { sort: { _id: 1 }, limit: MAX_LIMIT })
    for (const doc of page) cases.push(toStatCase(doc))
    if (page.length < MAX_LIMIT) return cases
    after = page[page.length - 1]!._id
  }
}
