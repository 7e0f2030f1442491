// Calendar helpers for the console, in Beijing time (UTC+8, no daylight saving).
// Dates the back end sends are plain YYYY-MM-DD; instants are shown in Beijing time.

const BEIJING_OFFSET_MS = 8 * 3600 * 1000

/** "2026-03-05 14:20" for an ISO instant. */
export function beijingDateTime(iso: string): string {
  const shifted = new Date(Date.parse(iso) + BEIJING_OFFSET_MS).toISOString()
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`
}

/** "2026-03-05" for an ISO instant. */
export const beijingDate = (iso: string): string => beijingDateTime(iso).slice(0, 10)

/** Today in Beijing, only as a form's starting value (the back end decides what counts). */
export const beijingToday = (): string => beijingDate(new Date(Date.now()).toISOString())

/** "2026年第1季度" for a YYYY-MM-DD date. */
export function quarterOf(date: string): { key: string; label: string } {
  const year = date.slice(0, 4)
  const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1
  return { key: `${year}-Q${quarter}`, label: `${year}年第${quarter}季度` }
}
