// The one place calendar decisions are made. Instants are UTC; every calendar rule
// (dates, months, quarters, opening hours) is computed in Asia/Shanghai, because
// cloud functions run in UTC and a Beijing day starts at 16:00 UTC.
import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/**
 * Asia/Shanghai is UTC+8 all year and has been since 1991 (no daylight saving), so a
 * fixed offset is exact for every date this product handles — and about ten times
 * cheaper per call than dayjs's IANA timezone plugin, which dominated board.get.
 */
const BEIJING_OFFSET_MINUTES = 8 * 60

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

export function inBeijing(instant: Date): Dayjs {
  return dayjs(instant).utcOffset(BEIJING_OFFSET_MINUTES)
}

/** YYYY-MM-DD of the instant in Asia/Shanghai. */
export function localDate(instant: Date): string {
  return inBeijing(instant).format('YYYY-MM-DD')
}

/** The instants a Beijing calendar year runs between: from its first midnight up to (not including) the next year's. */
export function yearBoundsInBeijing(year: number): { start: Date; end: Date } {
  const midnight = (y: number) => new Date(Date.UTC(y, 0, 1) - BEIJING_OFFSET_MINUTES * 60_000)
  return { start: midnight(year), end: midnight(year + 1) }
}

/** 1–12 in Asia/Shanghai (by the fixed offset: counting a year's records calls this for each one). */
export function localMonth(instant: Date): number {
  return new Date(instant.getTime() + BEIJING_OFFSET_MINUTES * 60_000).getUTCMonth() + 1
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
  const local = inBeijing(instant)
  const quarter = (Math.floor(local.month() / 3) + 1) as Quarter['quarter']
  const start = local.date(1).month((quarter - 1) * 3)
  return {
    year: local.year(),
    quarter,
    first: start.format('YYYY-MM-DD'),
    last: start.add(3, 'month').subtract(1, 'day').format('YYYY-MM-DD'),
    label: `${local.year()}年第${'一二三四'[quarter - 1]}季度`,
  }
}

/** Minutes since local midnight, and the ISO weekday (1 = Monday … 7 = Sunday). */
export function localClock(instant: Date): { date: string; minutes: number; weekday: number } {
  const local = inBeijing(instant)
  return { date: local.format('YYYY-MM-DD'), minutes: local.hour() * 60 + local.minute(), weekday: local.day() === 0 ? 7 : local.day() }
}
