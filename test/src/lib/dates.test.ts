// The console shows instants in Beijing time and groups activities by quarter,
// whatever the time zone of the phone or of the machine running the tests.
import { beijingDate, beijingDateTime, quarterOf } from '../../../src/lib/dates'

describe('Beijing dates in the console', () => {
  test('an instant late in the UTC day is already the next day in Beijing', () => {
    expect(beijingDateTime('2026-03-31T16:05:00.000Z')).toBe('2026-04-01 00:05')
    expect(beijingDate('2026-12-31T15:59:59.000Z')).toBe('2026-12-31')
    expect(beijingDate('2026-12-31T16:00:00.000Z')).toBe('2027-01-01')
  })

  test('activities fall into the quarter of their date', () => {
    expect(quarterOf('2026-01-01')).toEqual({ key: '2026-Q1', label: '2026年第1季度' })
    expect(quarterOf('2026-03-31').key).toBe('2026-Q1')
    expect(quarterOf('2026-04-01').key).toBe('2026-Q2')
    expect(quarterOf('2026-12-31')).toEqual({ key: '2026-Q4', label: '2026年第4季度' })
  })
})
