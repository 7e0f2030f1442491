// Where calendar decisions are made (with beijingDayjs.ts). Instants are UTC; every calendar rule
// (dates, months, quarters, opening hours) is computed in Asia/Shanghai, because
// cloud functions run in UTC and a Beijing day starts at 16:00 UTC.
// The plain functions here need no date library; what needs dayjs (months back, dates in
// words) takes `inBeijing` from beijingDayjs.ts, so a function that needs only these — the
// board, read on every scan — bundles no dayjs.

/**
 * Asia/Shanghai is UTC+8 all year and has been since 1991 (no daylight saving), so a
 * fixed offset is exact for every date this product handles — and about ten times
 * cheaper per call than dayjs's IANA timezone plugin, which dominated board.get.
 */
export const BEIJING_OFFSET_MINUTES = 8 * 60

export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

/** A clock stuck at one instant, for tests. */
export function fixedClock(iso: string): Clock & { set(iso: string): void } {
  let current = new Date(iso)
  return {
    now: () => new Date(current.getTime()),
    set(next: string) {
      current = new Date(next)
    },
  }
}

const OFFSET_MS = BEIJING_OFFSET_MINUTES * 60_000
const DAY_MS = 24 * 60 * 60_000

/**
 * The instant moved by the offset, so that its UTC fields are Beijing's wall clock. The
 * functions below read the calendar from it with plain arithmetic: on a fixed offset that
 * is the same answer dayjs gives (test/cloudfunctions/common/time.test.ts compares them
 * over many instants), at a fraction of the cost — they run on every board.get.
 */
const wallClock = (instant: Date) => new Date(instant.getTime() + OFFSET_MS)
const pad2 = (n: number) => String(n).padStart(2, '0')
/** YYYY-MM-DD of a wall-clock Date's UTC fields (years 1000–9999, which is every date here). */
const ymd = (wall: Date) => `${wall.getUTCFullYear()}-${pad2(wall.getUTCMonth() + 1)}-${pad2(wall.getUTCDate())}`

/** YYYY-MM-DD of the instant in Asia/Shanghai. */
export function localDate(instant: Date): string {
  return ymd(wallClock(instant))
}

/** YYYY-MM-DD in Asia/Shanghai `days` days before the instant's Beijing day (a day is always 24 hours there). */
export function localDateDaysBefore(instant: Date, days: number): string {
  return ymd(new Date(instant.getTime() + OFFSET_MS - days * DAY_MS))
}

/** The instants a Beijing calendar year runs between: from its first midnight up to (not including) the next year's. */
export function yearBoundsInBeijing(year: number): { start: Date; end: Date } {
  const midnight = (y: number) => new Date(Date.UTC(y, 0, 1) - OFFSET_MS)
  return { start: midnight(year), end: midnight(year + 1) }
}

/** The calendar year in Asia/Shanghai (by the fixed offset: every 求助 submit reads it, where dayjs was 5% of the host's thread). */
export function localYear(instant: Date): number {
  return wallClock(instant).getUTCFullYear()
}

/** 1–12 in Asia/Shanghai (by the fixed offset: counting a year's records calls this for each one). */
export function localMonth(instant: Date): number {
  return wallClock(instant).getUTCMonth() + 1
}

/** Each Beijing year's February to December starts as ISO text, made once a year rather than on each recount. */
const monthStarts = new Map<number, string[]>()
function monthStartsOf(year: number): string[] {
  let starts = monthStarts.get(year)
  if (!starts) {
    starts = Array.from({ length: 11 }, (_, m) => new Date(Date.UTC(year, m + 1, 1) - OFFSET_MS).toISOString())
    monthStarts.set(year, starts)
  }
  return starts
}

/**
 * The month 1–12 in Asia/Shanghai of instants of Beijing year `year` written as
 * `Date.toISOString()` writes them (UTC, 24 characters), as every stored `createdAt` is: read by
 * comparing the text with the year's eleven other month starts, the way the stores' range
 * queries compare it, instead of parsing it into a Date. Counting a federation's cases of the year
 * on each 求助 submit did that for each case: about 220 ns a case parsed, 22 ns compared.
 */
export function monthInYearOfIso(year: number): (iso: string) => number {
  const starts = monthStartsOf(year)
  return (iso) => {
    let low = 0
    let high = starts.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (starts[middle]! <= iso) low = middle + 1
      else high = middle
    }
    return low + 1
  }
}

export interface Quarter {
  year: number
  quarter: 1 | 2 | 3 | 4
  /** first and last dates, YYYY-MM-DD */
  first: string
  last: string
  label: string
}

export function quarterOf(instant: Date): Quarter {
  const wall = wallClock(instant)
  const year = wall.getUTCFullYear()
  const quarter = (Math.floor(wall.getUTCMonth() / 3) + 1) as Quarter['quarter']
  const firstMonth = (quarter - 1) * 3
  // day 0 of the month after the quarter is the quarter's last day
  const lastDay = new Date(Date.UTC(year, firstMonth + 3, 0))
  return {
    year,
    quarter,
    first: `${year}-${pad2(firstMonth + 1)}-01`,
    last: ymd(lastDay),
    label: `${year}年第${'一二三四'[quarter - 1]}季度`,
  }
}

/** Minutes since local midnight, and the ISO weekday (1 = Monday … 7 = Sunday). */
export function localClock(instant: Date): { date: string; minutes: number; weekday: number } {
  const wall = wallClock(instant)
  const day = wall.getUTCDay()
  return { date: ymd(wall), minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(), weekday: day === 0 ? 7 : day }
}
