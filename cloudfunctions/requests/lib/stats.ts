// De-identified statistics of help requests (求助统计) for a chair and, rolled up, for
// the federation above: counts by category, state and month, median hours to acceptance
// and to closure, the overdue count. Only counting fields are kept from each case. A
// federation's own chairs see its own figures exactly (the cases are theirs to open);
// every other figure shows no count of 1–4, nor any count it could be worked out from
// (lib/suppression.ts); a roll-up adds up its federations' answers as they are published,
// so subtracting one federation's figures from the roll-up tells nothing they do not.
import { REQUEST_CATEGORIES, REQUEST_STATES, type RequestDoc, type RequestStats } from '../../../types'
import type { Ctx } from '../../common/context'
import { MAX_LIMIT, type Filter } from '../../common/store/port'
import { inBeijing } from '../../common/beijingDayjs'
import { isOverdue } from './deadlines'
import { exactly, publish, rollUp, type Counts } from '../../shared/requestCounts'
import { SMALLEST_SHOWN } from '../../shared/suppression'

/** What statistics may know of a case: which federation, and no ids, no codes, nothing she wrote. */
export type StatCase = Pick<RequestDoc, 'orgId' | 'category' | 'state' | 'urgency' | 'createdAt' | 'queuedAt' | 'acceptedAt' | 'firstContactAt' | 'closedAt'>

const MONTHS_SHOWN = 12
const HOUR_MS = 3600 * 1000

function toStatCase(doc: RequestDoc): StatCase {
  const { orgId, category, state, urgency, createdAt, queuedAt, acceptedAt, firstContactAt, closedAt } = doc
  return { orgId, category, state, urgency, createdAt, queuedAt, acceptedAt, firstContactAt, closedAt }
}

/** The median, to one decimal; null when there are none, or fewer than SMALLEST_SHOWN where small counts are protected. */
export function median(values: number[], smallest = SMALLEST_SHOWN): number | null {
  if (values.length < Math.max(1, smallest)) return null
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

function countsOf(cases: StatCase[], months: string[], now: Date): Counts {
  const counts = <K extends string>(keys: readonly K[], keyOf: (c: StatCase) => string) => [...countBy(keys, cases, keyOf).values()]
  return {
    total: cases.length,
    byCategory: counts(REQUEST_CATEGORIES, (c) => c.category),
    byState: counts(REQUEST_STATES, (c) => c.state),
    byMonth: counts(months, (c) => monthOf(c.createdAt)),
    overdue: cases.filter((c) => isOverdue(c, now)).length,
  }
}

/** One federation's answer: exact for her own chairs, else as published. */
function ownAnswer(counts: Counts, months: string[], exactForCaller: boolean): Pick<RequestStats, 'total' | 'byCategory' | 'byState' | 'byMonth' | 'overdue'> {
  const { shown } = exactForCaller ? exactly(counts) : publish(counts)
  return {
    total: shown.total,
    byCategory: REQUEST_CATEGORIES.map((category, i) => ({ category, count: shown.byCategory[i]! })),
    byState: REQUEST_STATES.map((state, i) => ({ state, count: shown.byState[i]! })),
    byMonth: months.map((month, i) => ({ month, count: shown.byMonth[i]! })),
    overdue: shown.overdue,
  }
}

/**
 * `own`: the cases of one federation. `rollup`: the cases of a federation and of every one
 * below it. `exactOrgId`: the federation the caller chairs herself, whose figures she
 * sees exactly (null: every federation's figures as published, the caller chairs none of them).
 */
export function summarise(scope: RequestStats['scope'], cases: StatCase[], now: Date, exactOrgId: string | null = null): RequestStats {
  const months = lastTwelveMonths(now)
  const toAccept = cases.filter((c) => c.acceptedAt && c.acceptedAt >= c.queuedAt).map((c) => hoursBetween(c.queuedAt, c.acceptedAt!))
  const toClose = cases.filter((c) => c.state === 'closed' && c.closedAt).map((c) => hoursBetween(c.createdAt, c.closedAt!))
  const byOrg = new Map<string, StatCase[]>()
  for (const c of cases) {
    const own = byOrg.get(c.orgId)
    if (own) own.push(c)
    else byOrg.set(c.orgId, [c])
  }
  // only her own federation's cases: no median can tell her more than the cases she can open
  const onlyHers = exactOrgId !== null && [...byOrg.keys()].every((orgId) => orgId === exactOrgId)
  const smallest = onlyHers ? 1 : SMALLEST_SHOWN
  const medians = { medianHoursToAccept: median(toAccept, smallest), medianHoursToClose: median(toClose, smallest) }
  const ownExact = exactOrgId !== null
  if (scope === 'own') return { scope, ownExact, ...ownAnswer(countsOf(cases, months, now), months, onlyHers), ...medians }
  const countsFor = (exactly: boolean) => [...byOrg].filter(([orgId]) => (orgId === exactOrgId) === exactly).map(([, own]) => countsOf(own, months, now))
  return { scope, ownExact, ...rollUp(countsFor(false), countsFor(true), months), ...medians }
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
