// One federation's help-request counts as they may leave it, and their roll-up (汇总) over
// many federations: shared by 求助统计 (requests.stats) and the view from above (下级统计,
// the 统计报表), so both publish the same figures by the same rule (suppression.ts).
import { REQUEST_CATEGORIES, REQUEST_STATES, type RequestStats, type StatCount } from '../../types'
import { narrow, protectRow, readerBounds, rollUpCount, SMALLEST_SHOWN, type ProtectedRow, type Range, type Shown } from './suppression'

/** The exact counts of one federation's cases. */
export interface Counts {
  total: number
  byCategory: number[]
  byState: number[]
  /** the last twelve months; older cases count in the total only */
  byMonth: number[]
  overdue: number
}

/** One federation's answer as published, and what a reader can tell of each count from it. */
export interface Published {
  shown: { total: Shown; byCategory: Shown[]; byState: Shown[]; byMonth: Shown[]; overdue: Shown }
  ranges: { total: Range; byCategory: Range[]; byState: Range[]; byMonth: Range[]; overdue: Range }
}

const exact = (value: number): Range => ({ lo: value, hi: value })
/** An answer whose every count shows the same: 0 when there are no cases, 少于5 when there are fewer than 5. */
function everyCount(counts: Counts, shown: Shown, cell: Range, total: Range): Published {
  const cells = (row: number[]) => row.map(() => shown)
  const ranges = (row: number[]) => row.map(() => cell)
  return {
    shown: { total: shown, byCategory: cells(counts.byCategory), byState: cells(counts.byState), byMonth: cells(counts.byMonth), overdue: shown },
    ranges: { total, byCategory: ranges(counts.byCategory), byState: ranges(counts.byState), byMonth: ranges(counts.byMonth), overdue: cell },
  }
}

/**
 * One federation's counts as they may be published. Fewer than 5 cases: every count is
 * 少于5. Otherwise each row (category, state, month) is protected on its own — the total
 * is shown, so the rows do not lean on each other — the months as if the reader knew
 * how many cases are older than the twelve shown.
 */
export function publish(counts: Counts): Published {
  const { total } = counts
  if (total === 0) return everyCount(counts, 0, exact(0), exact(0))
  if (total < SMALLEST_SHOWN) return everyCount(counts, 'few', { lo: 0, hi: SMALLEST_SHOWN - 1 }, { lo: 1, hi: SMALLEST_SHOWN - 1 })
  const [byCategory, byState, byMonth] = [counts.byCategory, counts.byState, counts.byMonth].map(protectRow) as [ProtectedRow, ProtectedRow, ProtectedRow]
  const overdue = counts.overdue > 0 && counts.overdue < SMALLEST_SHOWN ? 'few' : counts.overdue
  // what the published answer alone says: each row adds up to the total (the months, to at most the total)
  const rangesOf = (row: ProtectedRow, addsUp: boolean) => narrow(readerBounds(row), total, addsUp)
  return {
    shown: { total, byCategory: byCategory.shown, byState: byState.shown, byMonth: byMonth.shown, overdue },
    ranges: {
      total: exact(total),
      byCategory: rangesOf(byCategory, true),
      byState: rangesOf(byState, true),
      byMonth: rangesOf(byMonth, false),
      overdue: overdue === 'few' ? { lo: 1, hi: SMALLEST_SHOWN - 1 } : exact(counts.overdue),
    },
  }
}

/**
 * The roll-up (汇总) of the federations' answers as published: each count the sum of
 * what they show, or the range their withheld counts leave open; the total and the
 * overdue count exact unless that would pin one federation's withheld figure.
 */
export function rollUp(published: Counts[], exactParts: Counts[], months: string[]): RolledUpCounts {
  return rollUpParts([...published.map(publish), ...exactParts.map(exactly)], [...published, ...exactParts], months)
}

export type RolledUpCounts = Pick<RequestStats, 'total' | 'byCategory' | 'byState' | 'byMonth' | 'overdue'>

/** The roll-up of answers already published (`parts`, each beside its exact `counts`, in the same order). */
export function rollUpParts(parts: readonly Published[], counts: readonly Counts[], months: readonly string[]): RolledUpCounts {
  const sum = (pick: (c: Counts) => number) => counts.reduce((n, c) => n + pick(c), 0)
  // each cell's range is the sum of its parts' (rangeOf), added up in one pass over the parts: a 区县 has thousands
  const cells = (name: 'byCategory' | 'byState' | 'byMonth', length: number): StatCount[] => {
    const lo = new Array<number>(length).fill(0)
    const hi = new Array<number>(length).fill(0)
    for (const part of parts) {
      const ranges = part.ranges[name]
      for (let i = 0; i < length; i++) {
        lo[i]! += ranges[i]!.lo
        hi[i]! += ranges[i]!.hi
      }
    }
    return lo.map((min, i) => (min === hi[i] ? min : { min, max: hi[i] === Infinity ? null : hi[i]! }))
  }
  const [byCategory, byState, byMonth] = [cells('byCategory', REQUEST_CATEGORIES.length), cells('byState', REQUEST_STATES.length), cells('byMonth', months.length)]
  return {
    total: rollUpCount(
      parts.map((part) => part.ranges.total),
      sum((c) => c.total),
    ),
    byCategory: REQUEST_CATEGORIES.map((category, i) => ({ category, count: byCategory[i]! })),
    byState: REQUEST_STATES.map((state, i) => ({ state, count: byState[i]! })),
    byMonth: months.map((month, i) => ({ month, count: byMonth[i]! })),
    overdue: rollUpCount(
      parts.map((part) => part.ranges.overdue),
      sum((c) => c.overdue),
    ),
  }
}

/**
 * One federation's figures as her own chairs see them: exact. Suppression protects
 * figures that leave the federation; her chairs can open every one of these cases
 * anyway, so hiding a 3 from them hides nothing from anyone and only hides the work.
 */
export function exactly(counts: Counts): Published {
  const ranges = (row: number[]) => row.map(exact)
  return {
    shown: counts,
    ranges: { total: exact(counts.total), byCategory: ranges(counts.byCategory), byState: ranges(counts.byState), byMonth: ranges(counts.byMonth), overdue: exact(counts.overdue) },
  }
}
