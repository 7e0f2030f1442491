// Is the 妇女之家 open now: sessions, lunch break, 法定节假日, 调休, weekends, the
// UTC/Beijing date change, org-specific dates and years the calendar does not know.
import { DEFAULT_OPENING_HOURS, type OpeningHours } from '../../../types'
import { CalendarSource, HolidayCalendar } from '../../../cloudfunctions/common/calendar'
import { describeHours, openNow } from '../../../cloudfunctions/board/lib/openingHours'
import { NedbStore } from '../../../server/nedb'

const calendar = new HolidayCalendar()
/** An org that keeps working days only (the default reads 附件1 as open at weekends too: SEED_HOURS_INCLUDE_WEEKENDS). */
const WORKDAYS_ONLY: OpeningHours = { ...DEFAULT_OPENING_HOURS, openOnWeekends: false }
const at = (iso: string, hours: OpeningHours = WORKDAYS_ONLY) => openNow(hours, calendar, new Date(iso))

describe('opening hours on an ordinary working day (Monday 2026-11-23, Beijing = UTC+8)', () => {
  test.each([
    ['2026-11-23T00:59:00Z', false, '今天 09:00 开放'], // 08:59
    ['2026-11-23T01:00:00Z', true, '开放中，12:00 前可来'], // 09:00
    ['2026-11-23T03:59:00Z', true, '开放中，12:00 前可来'], // 11:59
    ['2026-11-23T04:00:00Z', false, '午休中，14:00 继续开放'], // 12:00 lunch break
    ['2026-11-23T05:30:00Z', false, '午休中，14:00 继续开放'], // 13:30
    ['2026-11-23T06:00:00Z', true, '开放中，17:00 前可来'], // 14:00
    ['2026-11-23T09:00:00Z', false, '今天已闭馆'], // 17:00
  ])('at %s open=%s', (iso, open, text) => {
    const result = at(iso)
    expect(result).toEqual({ open, text, day: 'workday', calendarKnown: true })
  })
})

describe('national calendar', () => {
  test('a 法定节假日 (国庆节, Thursday 2026-10-01 10:00) is closed and named', () => {
    const result = at('2026-10-01T02:00:00Z')
    expect(result.open).toBe(false)
    expect(result.day).toBe('holiday')
    expect(result.text).toContain('国庆节')
  })

  test('a 调休 Saturday (2026-10-10) is a working day, open in session', () => {
    const result = at('2026-10-10T02:00:00Z')
    expect(result).toMatchObject({ open: true, day: 'adjustedWorkday' })
    expect(result.text).toContain('调休')
  })

  test('a 调休 Saturday during lunch is closed until 14:00', () => {
    expect(at('2026-02-14T04:30:00Z')).toMatchObject({ open: false, day: 'adjustedWorkday', text: '今天调休上班，午休中，14:00 继续开放' })
  })

  test('an ordinary Saturday is closed unless the org opens at weekends', () => {
    expect(at('2026-11-21T02:00:00Z')).toMatchObject({ open: false, day: 'weekend' })
    expect(at('2026-11-21T02:00:00Z', { ...DEFAULT_OPENING_HOURS, openOnWeekends: true })).toMatchObject({ open: true, day: 'weekend' })
  })

  test('a 法定节假日 stays closed even for an org that opens at weekends', () => {
    expect(at('2026-10-03T02:00:00Z', { ...DEFAULT_OPENING_HOURS, openOnWeekends: true })).toMatchObject({ open: false, day: 'holiday' })
  })
})

describe('the Beijing date changes at 16:00 UTC', () => {
  test('15:59 UTC on 30 Sep is still the working day 30 Sep in Beijing (23:59)', () => {
    expect(at('2026-09-30T15:59:00Z')).toMatchObject({ open: false, day: 'workday', text: '今天已闭馆' })
  })

  test('16:00 UTC on 30 Sep is already 国庆节 in Beijing', () => {
    expect(at('2026-09-30T16:00:00Z')).toMatchObject({ open: false, day: 'holiday' })
  })

  test('01:30 UTC on 8 Oct is 09:30 on the first working day after the holiday', () => {
    expect(at('2026-10-08T01:30:00Z')).toMatchObject({ open: true, day: 'workday' })
  })

  test('16:30 UTC on Friday 20 Nov is Saturday 00:30 in Beijing: weekend', () => {
    expect(at('2026-11-20T16:30:00Z')).toMatchObject({ day: 'weekend', open: false })
  })
})

describe("an org's own dates", () => {
  const hours: OpeningHours = { ...DEFAULT_OPENING_HOURS, closedDates: ['2026-11-23'], extraOpenDates: ['2026-10-02'] }

  test('a closed date of its own wins over a working day', () => {
    expect(at('2026-11-23T02:00:00Z', hours)).toMatchObject({ open: false, day: 'orgClosed', text: '今天妇女之家休息' })
  })

  test('an extra open date wins over a 法定节假日', () => {
    expect(at('2026-10-02T02:00:00Z', hours)).toMatchObject({ open: true, day: 'orgOpen' })
  })

  test('no sessions at all says so instead of pretending', () => {
    expect(at('2026-11-23T02:00:00Z', { ...DEFAULT_OPENING_HOURS, sessions: [] })).toMatchObject({ open: false, text: '暂未公布开放时间' })
  })
})

describe('a year the built-in calendar does not know (2027)', () => {
  test('does not guess: the board says 节假日安排未更新 and asks her to call first', () => {
    // 2027-01-01 is New Year's Day, but the product has no 2027 table yet (the State Council notice is not out).
    const result = at('2027-01-01T02:00:00Z')
    expect(result).toEqual({ open: false, day: 'unknown', calendarKnown: false, text: '节假日安排未更新，今天是否开放请先打电话问一问' })
    // not even an ordinary-looking Monday is guessed at
    expect(at('2027-01-04T02:00:00Z')).toMatchObject({ open: false, day: 'unknown' })
  })

  test("an org's own date still decides, with the calendar's gap said", () => {
    const hours: OpeningHours = { ...DEFAULT_OPENING_HOURS, closedDates: ['2027-01-05'], extraOpenDates: ['2027-01-06'] }
    expect(at('2027-01-05T02:00:00Z', hours)).toMatchObject({ open: false, day: 'orgClosed', text: '今天妇女之家休息（节假日安排未更新）' })
    expect(at('2027-01-06T02:00:00Z', hours)).toMatchObject({ open: true, day: 'orgOpen', text: '开放中，12:00 前可来（节假日安排未更新）' })
  })

  test('a config/calendar document adds the year without a release', async () => {
    const store = await NedbStore.open()
    await store.put('config', { _id: 'calendar', version: 1, years: { '2027': { holidays: ['2027-01-01'], workdays: ['2027-01-09'] } } })
    const source = new CalendarSource(store)
    await source.prime(0)
    const now = new Date('2027-01-01T02:00:00Z')
    expect(openNow(DEFAULT_OPENING_HOURS, source.current(0), now)).toMatchObject({ open: false, day: 'holiday', calendarKnown: true })
    const saturday = new Date('2027-01-09T02:00:00Z')
    expect(openNow(DEFAULT_OPENING_HOURS, source.current(0), saturday)).toMatchObject({ open: true, day: 'adjustedWorkday' })
  })

  test('the calendar refreshes in the background once it is stale', async () => {
    const store = await NedbStore.open()
    const source = new CalendarSource(store)
    await source.prime(0)
    expect(source.current(1000).knowsYear('2027')).toBe(false)
    await store.put('config', { _id: 'calendar', version: 1, years: { '2027': { holidays: ['2027-01-01'], workdays: [] } } })
    source.current(11 * 60 * 1000) // stale: starts a refresh
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(source.current(11 * 60 * 1000 + 1).knowsYear('2027')).toBe(true)
  })
})

test('hours are described in words for the board', () => {
  expect(describeHours(WORKDAYS_ONLY)).toBe('工作日 09:00–12:00、14:00–17:00（法定节假日休息）')
  expect(describeHours(DEFAULT_OPENING_HOURS)).toBe('每天 09:00–12:00、14:00–17:00（法定节假日休息）')
})
