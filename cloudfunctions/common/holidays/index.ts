// The years of the national holiday calendar the product ships, by year. Adding a year: copy
// the dates of the State Council's notice into holidays/<year>.ts (same shape as the others)
// and list it here; test/cloudfunctions/common/holidayTables.test.ts checks the shape.
import { HOLIDAYS_2024 } from './2024'
import { HOLIDAYS_2025 } from './2025'
import { HOLIDAYS_2026 } from './2026'
import type { HolidayYear } from './year'

export type { HolidayYear } from './year'

export const HOLIDAY_YEARS: Readonly<Record<string, HolidayYear>> = {
  '2024': HOLIDAYS_2024,
  '2025': HOLIDAYS_2025,
  '2026': HOLIDAYS_2026,
}
