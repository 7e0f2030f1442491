// Checks the contract cannot express (a date that exists, an end after a start, ids
// that belong to this org), failing the same way a schema does: INVALID_INPUT naming
// the field, before anything is written.
import { namedWords } from '../../types/issueText'
import { AppError } from './errors'

/** `field` is its path in the payload; the message names it in Chinese (types/fieldNames.ts). */
export function invalid(field: string, message: string): AppError {
  const named = namedWords(field.split('.'), message)
  return new AppError('INVALID_INPUT', `输入有误：${named}`, [{ field, message: named }])
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

/** YYYY-MM-DD that names a real day between 1900 and 2199 (the contract checks only the shape). */
function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number)
  if (year < 1900 || year > 2199 || month < 1 || month > 12) return false
  const days = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]
  return day >= 1 && day <= days
}

/** INVALID_INPUT naming the first field whose date does not exist. */
export function assertRealDates(dates: Record<string, string | null | undefined>): void {
  for (const [field, value] of Object.entries(dates)) {
    if (value != null && !isRealDate(value)) throw invalid(field, '不是有效的日期')
  }
}
