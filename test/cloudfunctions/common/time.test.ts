// Calendar arithmetic in Beijing time: dates, months and quarters around 16:00 UTC and
// month ends.
import { localClock, localDate, localMonth, quarterOf, yearBoundsInBeijing } from '../../../cloudfunctions/common/time'

test.each([
  ['2026-12-31T15:59:00Z', '2026-12-31', 12],
  ['2026-12-31T16:00:00Z', '2027-01-01', 1],
  ['2026-02-28T16:00:00Z', '2026-03-01', 3],
])('%s is %s in Beijing, month %i', (iso, date, month) => {
  expect(localDate(new Date(iso))).toBe(date)
  expect(localMonth(new Date(iso))).toBe(month)
})

test.each([
  ['2026-05-31T04:00:00Z', 2, '2026-04-01', '2026-06-30', '2026年第二季度'],
  ['2026-03-31T04:00:00Z', 1, '2026-01-01', '2026-03-31', '2026年第一季度'],
  ['2026-09-30T16:00:00Z', 4, '2026-10-01', '2026-12-31', '2026年第四季度'],
  ['2026-12-31T16:00:00Z', 1, '2027-01-01', '2027-03-31', '2027年第一季度'],
  ['2026-08-31T04:00:00Z', 3, '2026-07-01', '2026-09-30', '2026年第三季度'],
])('%s falls in quarter %i (%s – %s)', (iso, quarter, first, last, label) => {
  expect(quarterOf(new Date(iso))).toMatchObject({ quarter, first, last, label })
})

test('local clock gives Beijing minutes and ISO weekday', () => {
  expect(localClock(new Date('2026-11-22T16:30:00Z'))).toEqual({ date: '2026-11-23', minutes: 30, weekday: 1 })
  expect(localClock(new Date('2026-11-22T02:00:00Z'))).toEqual({ date: '2026-11-22', minutes: 600, weekday: 7 })
})

test('a Beijing year runs from its first midnight (16:00 UTC the day before) up to the next', () => {
  const { start, end } = yearBoundsInBeijing(2026)
  expect(start.toISOString()).toBe('2025-12-31T16:00:00.000Z')
  expect(end.toISOString()).toBe('2026-12-31T16:00:00.000Z')
  expect(localDate(start)).toBe('2026-01-01')
  expect(localDate(new Date(end.getTime() - 1))).toBe('2026-12-31')
})
