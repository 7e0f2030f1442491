// Complementary suppression for 求助统计. Hiding a count of 1–4 is not enough when the
// others of its row and their total are shown: 280 − 160 − 85 − 33 gives the hidden 2.
// So a row that hides a small count also withholds the smallest count of 5 or more
// beside it, and the next, until no withheld count can be pinned down from what the row
// shows; failing that its zeros read 少于5 too, and failing that the whole row is
// withheld. The reader is assumed to know the rule and every number and total shown: a
// 少于5 is 1–4 (0–4 once the row hides its zeros), a withheld count is at least 5 and,
// being withheld smallest first, at most the counts still shown. This is the usual
// interval attack of statistical disclosure control; a reader who replays the rule on
// every table that reads the same could, in rare rows, narrow further. A roll-up is
// built from its federations' answers as published (rangeOf, rollUpCount), so it can
// never tell more than they do.

/** Below this, a count is not shown. */
export const SMALLEST_SHOWN = 5

/** A count as one federation's answer shows it: the number, `few` (少于5) or `hidden` (withheld: —). */
export type Shown = number | 'few' | 'hidden'

/** What a reader of the published figures can tell of a count: from `lo` to `hi` (Infinity: no upper bound). */
export interface Range {
  lo: number
  hi: number
}

/** One row as published: what each count shows, and whether its zeros are shown as 少于5 too. */
export interface ProtectedRow {
  shown: Shown[]
  /** the least a 少于5 can be: 1, or 0 when the row hides its zeros too */
  fewFloor: 0 | 1
}

/**
 * Each count's narrowest range, knowing each lies within its bounds and that together
 * they add up to `sum` (`exact`) or to at most `sum`.
 */
export function narrow(bounds: readonly Range[], sum: number, exact: boolean): Range[] {
  const loSum = bounds.reduce((n, b) => n + b.lo, 0)
  const finiteHiSum = bounds.reduce((n, b) => n + (b.hi === Infinity ? 0 : b.hi), 0)
  const unbounded = bounds.filter((b) => b.hi === Infinity).length
  return bounds.map((b) => {
    const othersUnbounded = unbounded - (b.hi === Infinity ? 1 : 0) > 0
    // finiteHiSum leaves out unbounded counts, so an unbounded one takes nothing off it
    const othersHi = othersUnbounded ? Infinity : finiteHiSum - (b.hi === Infinity ? 0 : b.hi)
    return { lo: exact ? Math.max(b.lo, sum - othersHi) : b.lo, hi: Math.min(b.hi, sum - (loSum - b.lo)) }
  })
}

/**
 * What the row's display alone says of each count. Withheld counts are chosen smallest
 * first (ties in row order), so each is at most every count still shown after it, and
 * below every one shown before it. A row withheld whole says nothing of any count.
 */
export function readerBounds({ shown, fewFloor }: ProtectedRow): Range[] {
  if (shown.every((cell) => cell === 'hidden')) return shown.map(() => ({ lo: 0, hi: Infinity }))
  return shown.map((cell, i) => {
    if (typeof cell === 'number') return { lo: cell, hi: cell }
    if (cell === 'few') return { lo: fewFloor, hi: SMALLEST_SHOWN - 1 }
    let hi = Infinity
    shown.forEach((other, j) => {
      if (typeof other === 'number' && other >= SMALLEST_SHOWN) hi = Math.min(hi, j < i ? other - 1 : other)
    })
    return { lo: SMALLEST_SHOWN, hi }
  })
}

/** Whether a reader who knows the row adds up to `sum` could tell a count it does not show. */
export function isExposed(row: ProtectedRow, sum: number): boolean {
  return narrow(readerBounds(row), sum, true).some((range, i) => typeof row.shown[i] !== 'number' && range.lo === range.hi)
}

/** The row of counts as it may be published: no withheld count can be pinned down from it. */
export function protectRow(values: readonly number[]): ProtectedRow {
  const sum = values.reduce((n, v) => n + v, 0)
  const row: ProtectedRow = { shown: values.map((v) => (v > 0 && v < SMALLEST_SHOWN ? 'few' : v)), fewFloor: 1 }
  const candidates = values
    .map((_, i) => i)
    .filter((i) => values[i]! >= SMALLEST_SHOWN)
    .sort((a, b) => values[a]! - values[b]! || a - b)
  while (row.shown.includes('few') && isExposed(row, sum)) {
    const next = candidates.shift()
    if (next !== undefined) row.shown[next] = 'hidden'
    else if (row.fewFloor === 1 && values.includes(0)) {
      row.fewFloor = 0
      row.shown = row.shown.map((cell) => (cell === 0 ? 'few' : cell))
    } else return { shown: values.map(() => 'hidden'), fewFloor: 0 }
  }
  return row
}

/**
 * A roll-up's count from its parts' ranges: exact when every part is, else the range
 * the parts allow (max null: no upper bound is published).
 */
export type RolledUp = number | { min: number; max: number | null }

export function rangeOf(parts: readonly Range[]): RolledUp {
  const lo = parts.reduce((n, p) => n + p.lo, 0)
  const hi = parts.reduce((n, p) => n + p.hi, 0)
  return lo === hi ? lo : { min: lo, max: hi === Infinity ? null : hi }
}

/**
 * A count that is one number per part and nothing else (the total, the overdue count):
 * its exact sum, when that sum is not small and pins none of the parts' withheld
 * values; else the range the parts allow.
 */
export function rollUpCount(parts: readonly Range[], sum: number): RolledUp {
  const pinned = narrow(parts, sum, true).some((range, i) => parts[i]!.lo !== parts[i]!.hi && range.lo === range.hi)
  if (pinned || (sum > 0 && sum < SMALLEST_SHOWN)) return rangeOf(parts)
  return sum
}
