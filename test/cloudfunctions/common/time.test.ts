// Calendar arithmetic in Beijing time: dates, months and quarters around 16:00 UTC and
// month ends.
import { localClock, localDate, localDateDaysBefore, localMonth, localYear, monthInYearOfIso, quarterOf, yearBoundsInBeijing } from '../../../cloudfunctions/common/time'
import { inBeijing } from '../../../cloudfunctions/common/beijingDayjs'

test.each([
  ['2026-12-31T15:59:00Z', '2026-12-31', 12, 2026],
  ['2026-12-31T16:00:00Z', '2027-01-01', 1, 2027],
  ['2026-02-28T16:00:00Z', '2026-03-01', 3, 2026],
])('%s is %s in Beijing, month %i of %i', (iso, date, month, year) => {
  expect(localDate(new Date(iso))).toBe(date)
  expect(localMonth(new Date(iso))).toBe(month)
  expect(localYear(new Date(iso))).toBe(year)
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

describe('the plain arithmetic gives what dayjs gives at UTC+8', () => {
  // every hour boundary around midnight and month ends of 2024–2031 (leap years included), and random instants of 2000–2099
  const edges = Array.from({ length: 8 * 12 }, (_, i) => Date.UTC(2024 + Math.floor(i / 12), (i % 12) + 1, 1) - 8 * 3_600_000).flatMap((t) => [
    t - 1,
    t,
    t + 1,
    t - 3_600_000,
    t + 3_600_000,
  ])
  let seed = 20261201
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const spread = Array.from({ length: 2000 }, () => Date.UTC(2000, 0, 1) + Math.floor(random() * 100 * 365.25 * 86_400_000))
  const instants = [...edges, ...spread].map((t) => new Date(t))

  test('date, month, clock and days before', () => {
    for (const instant of instants) {
      const local = inBeijing(instant)
      expect(localDate(instant)).toBe(local.format('YYYY-MM-DD'))
      expect(localMonth(instant)).toBe(local.month() + 1)
      expect(localYear(instant)).toBe(local.year())
      expect(localClock(instant)).toEqual({ date: local.format('YYYY-MM-DD'), minutes: local.hour() * 60 + local.minute(), weekday: local.day() === 0 ? 7 : local.day() })
      for (const days of [1, 30, 90, 366]) expect(localDateDaysBefore(instant, days)).toBe(local.subtract(days, 'day').format('YYYY-MM-DD'))
    }
  })

  test('the month of an instant of its Beijing year, read from its ISO text', () => {
    for (const instant of instants) {
      const local = inBeijing(instant)
      expect(monthInYearOfIso(local.year())(instant.toISOString())).toBe(local.month() + 1)
    }
  })

  test('quarters', () => {
    for (const instant of instants) {
      const local = inBeijing(instant)
      const start = local.date(1).month(Math.floor(local.month() / 3) * 3)
      expect(quarterOf(instant)).toEqual({
        year: local.year(),
        quarter: Math.floor(local.month() / 3) + 1,
        first: start.format('YYYY-MM-DD'),
        last: start.add(3, 'month').subtract(1, 'day').format('YYYY-MM-DD'),
        label: `${local.year()}年第${'一二三四'[Math.floor(local.month() / 3)]}季度`,
      })
    }
  })
})
