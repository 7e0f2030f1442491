// The view from above as rows (下级统计): each federation directly under the reader's, its
// figures summed over it and every federation below it, from their `org_stats` documents. The
// same rows make the page's table (org.overview) and the 统计报表 workbook (reports), so the two
// never disagree. 求助 counts leave each federation as 求助统计 publishes them — no count of 1–4,
// nor one it could be worked out from (suppression.ts) — and are summed from there.
import { REQUEST_CATEGORIES, REQUEST_STATES, type OrgStatsDoc, type OverviewOutput, type OverviewRow, type StatCount } from '../../types'
import { inBeijing } from '../common/beijingDayjs'
import { publish, rollUpParts, type Counts, type Published } from './requestCounts'

/** The quarter (1–4) the 履职率 is read for: this quarter in the current year, a past year's last, a year to come's first. */
export function overviewQuarter(year: number, now: Date): number {
  const local = inBeijing(now)
  if (year === local.year()) return Math.floor(local.month() / 3) + 1
  return year < local.year() ? 4 : 1
}

/** A federation's figures as the rows read them: a document not written yet reads as zero. */
export type StatsRead = Pick<OrgStatsDoc, 'orgId' | 'name' | 'level' | 'parentId' | 'ancestorIds' | 'sort'> & Partial<Pick<OrgStatsDoc, 'org' | 'duty' | 'topics' | 'requests'>>

const sum = (values: readonly number[]) => values.reduce((n, v) => n + v, 0)
const addUp = (rows: readonly (readonly number[])[], length: number) => Array.from({ length }, (_, i) => sum(rows.map((row) => row[i] ?? 0)))

function countsOf(doc: StatsRead): Counts {
  const part = doc.requests
  if (!part) return { total: 0, byCategory: REQUEST_CATEGORIES.map(() => 0), byState: REQUEST_STATES.map(() => 0), byMonth: Array.from({ length: 12 }, () => 0), overdue: 0 }
  // overdue is not kept: whether a case is late depends on the day it is read
  return { total: part.total, byCategory: part.byCategory, byState: part.byState, byMonth: part.byMonth, overdue: 0 }
}

const monthsOf = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)

/** Each federation's 求助 counts as published, worked out once however many rows sum them. */
const publishedOf = new WeakMap<StatsRead, { counts: Counts; published: Published }>()
function answerOf(doc: StatsRead) {
  let answer = publishedOf.get(doc)
  if (!answer) {
    const counts = countsOf(doc)
    answer = { counts, published: publish(counts) }
    publishedOf.set(doc, answer)
  }
  return answer
}

/** 求助 of many federations: each protected as published, then summed (never an exact small count). */
function requestsOf(docs: readonly StatsRead[], year: number) {
  const answers = docs.map(answerOf)
  return rollUpParts(
    answers.map((a) => a.published),
    answers.map((a) => a.counts),
    monthsOf(year),
  )
}

/** One row: `head` and every federation counted with it (`docs`, head included). */
export function rowOf(head: StatsRead, docs: readonly StatsRead[], year: number, quarter: number, summed = requestsOf(docs, year)): OverviewRow {
  const executives = sum(docs.map((doc) => doc.duty?.executives ?? 0))
  const activeThisQuarter = sum(docs.map((doc) => doc.duty?.active[quarter - 1] ?? 0))
  const requests = summed
  const closed: StatCount = requests.byState.find((row) => row.state === 'closed')?.count ?? 0
  return {
    orgId: head.orgId,
    name: head.name,
    level: head.level,
    orgCount: docs.length,
    ledger: {
      planned: docs.filter((doc) => doc.org && (doc.org.plan || doc.org.planned > 0)).length,
      recorded: docs.filter((doc) => (doc.org?.recorded ?? 0) > 0).length,
      summary: docs.filter((doc) => doc.org?.summary === true).length,
    },
    activities: sum(docs.map((doc) => doc.org?.recorded ?? 0)),
    duty: {
      executives,
      activeThisQuarter,
      rate: executives === 0 ? null : Math.round((activeThisQuarter / executives) * 100),
      entries: sum(docs.map((doc) => sum(doc.duty?.entries ?? []))),
      women: sum(docs.map((doc) => sum(doc.duty?.women ?? []))),
    },
    topics: {
      total: sum(docs.map((doc) => doc.topics?.total ?? 0)),
      accepted: sum(docs.map((doc) => doc.topics?.accepted ?? 0)),
      finished: sum(docs.map((doc) => doc.topics?.finished ?? 0)),
      done: sum(docs.map((doc) => doc.topics?.done ?? 0)),
    },
    requests: { total: requests.total, closed },
    completeness: head.org?.completeness ?? null,
  }
}

/** The federation directly under `readerId` that `doc` belongs to (itself, or the ancestor one level below the reader). */
function branchOf(doc: StatsRead, readerId: string): string | null {
  if (doc.parentId === readerId) return doc.orgId
  const at = doc.ancestorIds.indexOf(readerId)
  return at === -1 ? null : (doc.ancestorIds[at + 1] ?? null)
}

/**
 * The table of the federations directly under `reader`, from the figures of every federation
 * below it (`docs`; the reader's own is left out), with their sum and the charts.
 */
export function overviewOf(
  reader: Pick<StatsRead, 'orgId' | 'name' | 'level'>,
  docs: readonly StatsRead[],
  year: number,
  quarter: number,
): Omit<OverviewOutput, 'asOf' | 'uncounted'> {
  const below = docs.filter((doc) => doc.orgId !== reader.orgId)
  const branches = new Map<string, StatsRead[]>()
  for (const doc of below) {
    const branch = branchOf(doc, reader.orgId)
    if (branch === null) continue
    const group = branches.get(branch)
    if (group) group.push(doc)
    else branches.set(branch, [doc])
  }
  const heads = below.filter((doc) => doc.parentId === reader.orgId).sort((a, b) => a.sort - b.sort || a.name.localeCompare(b.name, 'zh-CN'))
  const rows = heads.map((head) => rowOf(head, branches.get(head.orgId) ?? [head], year, quarter))
  const requests = requestsOf(below, year)
  const total = rowOf({ orgId: reader.orgId, name: `${reader.name}下级合计`, level: reader.level, parentId: null, ancestorIds: [], sort: 0 }, below, year, quarter, requests)
  return {
    year,
    quarter,
    orgCount: below.length,
    rows,
    total: { ...total, completeness: null },
    charts: {
      dutyByQuarter: addUp(
        below.map((doc) => doc.duty?.entries ?? []),
        4,
      ),
      topicsByQuarter: addUp(
        below.map((doc) => doc.topics?.byQuarter ?? []),
        4,
      ),
      requestsByCategory: requests.byCategory,
      requestsByMonth: requests.byMonth,
      requestsByState: requests.byState,
    },
  }
}
