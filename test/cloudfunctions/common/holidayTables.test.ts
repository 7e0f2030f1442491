// The national holiday calendar is the product's own data: one table per year, copied from
// the State Council's yearly notice (国务院办公厅关于<year>年部分节假日安排的通知). The notice
// for the next year comes out in November or December; from 1 December (Asia/Shanghai) this
// test fails until next year's table is in, so that 1 January never finds the board without
// the year's 法定节假日 (附件1 二: "除法定节假日，上午9:00—12:00，下午14:00—17:00定时开放").
// In December a year whose notice is not out yet may stand in holidays/awaited.ts for a week
// at a time, with where it was looked for; the current year never may.
import { HOLIDAY_YEARS, type HolidayYear } from '../../../cloudfunctions/common/holidays'
import { AWAITED_NOTICES, type AwaitedNotice } from '../../../cloudfunctions/common/holidays/awaited'
import { HolidayCalendar } from '../../../cloudfunctions/common/calendar'
import { systemClock } from '../../../cloudfunctions/common/time'
import { inBeijing } from '../../../cloudfunctions/common/beijingDayjs'

const WEEK_DAYS = 7

/** Whether `awaited` excuses `year` on the Beijing day `today`: logged, searched somewhere, fresh. */
function excuses(awaited: AwaitedNotice, year: string, today: string): boolean {
  if (awaited.year !== year || awaited.searched.trim() === '') return false
  const searchedOn = inBeijing(new Date(`${awaited.searchedOn}T04:00:00Z`))
  const longest = searchedOn.add(WEEK_DAYS, 'day').format('YYYY-MM-DD')
  return awaited.searchedOn <= today && today <= awaited.recheckBy && awaited.recheckBy <= longest
}

/** What a maintainer must add by `now`: this year's table always, next year's from December on. */
function tablesDue(now: Date, years: Readonly<Record<string, HolidayYear>>, awaited: readonly AwaitedNotice[] = []): string[] {
  const local = inBeijing(now)
  const today = local.format('YYYY-MM-DD')
  const thisYear = String(local.year())
  const due = [thisYear]
  if (local.month() === 11) {
    const nextYear = String(local.year() + 1)
    if (!awaited.some((entry) => excuses(entry, nextYear, today))) due.push(nextYear)
  }
  return due.filter((year) => !(year in years))
}

function missingMessage(missing: string[]): string {
  return missing
    .map(
      (year) =>
        `${year}年的法定节假日表还没有加入。请按《国务院办公厅关于${year}年部分节假日安排的通知》，` +
        `新建 cloudfunctions/common/holidays/${year}.ts（照 ${Number(year) - 1}.ts 的样子：holidays 写放假的每一天，workdays 写调休上班的周末），` +
        `并在 cloudfunctions/common/holidays/index.ts 里登记 '${year}'。通知尚未发布时，在 cloudfunctions/common/holidays/awaited.ts 记下查找的日期和地方（一周内须再查）；` +
        `上线后也可先在 config/calendar 文档里补上这一年。`,
    )
    .join('\n')
}

test('the table of every year due is in: this year, and next year from 1 December (Asia/Shanghai)', () => {
  const missing = tablesDue(systemClock.now(), HOLIDAY_YEARS, AWAITED_NOTICES)
  if (missing.length > 0) throw new Error(missingMessage(missing))
  expect(missing).toEqual([])
})

describe('when the check asks for a year', () => {
  const upTo2026 = { '2026': HOLIDAY_YEARS['2026']! }
  test.each([
    ['2026-11-30T15:59:00Z', []], // 23:59 on 30 November in Beijing: not yet
    ['2026-11-30T16:00:00Z', ['2027']], // 00:00 on 1 December in Beijing
    ['2026-12-31T12:00:00Z', ['2027']],
    ['2027-01-01T00:00:00Z', ['2027']], // too late: this year's table is missing
  ])('at %s it asks for %j', (iso, years) => {
    expect(tablesDue(new Date(iso), upTo2026)).toEqual(years)
  })

  const awaited2027: AwaitedNotice = { year: '2027', searchedOn: '2026-11-30', searched: 'npm registry', recheckBy: '2026-12-07' }
  test.each([
    ['2026-12-01T02:00:00Z', awaited2027, []], // looked for yesterday: excused
    ['2026-12-07T15:59:00Z', awaited2027, []], // the last minute of the recheck day in Beijing
    ['2026-12-07T16:00:00Z', awaited2027, ['2027']], // 8 December in Beijing: look again
    ['2026-12-03T02:00:00Z', { ...awaited2027, recheckBy: '2026-12-31' }, ['2027']], // more than a week is never accepted
    ['2026-12-03T02:00:00Z', { ...awaited2027, searched: ' ' }, ['2027']], // nowhere looked is no excuse
    ['2026-12-03T02:00:00Z', { ...awaited2027, year: '2028' }, ['2027']],
    ['2027-01-01T00:00:00Z', { ...awaited2027, searchedOn: '2026-12-30', recheckBy: '2027-01-05' }, ['2027']], // never the current year
  ])('at %s with a note of a search it asks for %j', (iso, awaited, years) => {
    expect(tablesDue(new Date(iso), upTo2026, [awaited])).toEqual(years)
  })

  test('every awaited notice in the repository is for a year without a table', () => {
    for (const awaited of AWAITED_NOTICES) expect(HOLIDAY_YEARS[awaited.year]).toBeUndefined()
  })

  test('its message names the notice, the file and where to register it', () => {
    const message = missingMessage(['2027'])
    expect(message).toContain('《国务院办公厅关于2027年部分节假日安排的通知》')
    expect(message).toContain('cloudfunctions/common/holidays/2027.ts')
    expect(message).toContain('照 2026.ts 的样子')
    expect(message).toContain("登记 '2027'")
  })
})

describe.each(Object.entries(HOLIDAY_YEARS))('the %s table', (year, table) => {
  const dates = [...Object.keys(table.holidays), ...Object.keys(table.workdays)]

  test('names its notice, and every date is a real day of its year', () => {
    expect(table.notice).toBe(`国务院办公厅关于${year}年部分节假日安排的通知`)
    for (const date of dates) {
      expect(date.startsWith(`${year}-`)).toBe(true)
      expect(inBeijing(new Date(`${date}T04:00:00Z`)).format('YYYY-MM-DD')).toBe(date)
    }
  })

  test('a 调休 working day is a Saturday or Sunday, and never also a holiday', () => {
    for (const date of Object.keys(table.workdays)) {
      expect([0, 6]).toContain(new Date(`${date}T04:00:00Z`).getUTCDay())
      expect(table.holidays[date]).toBeUndefined()
    }
  })

  test('it has 元旦, 春节 and 国庆节', () => {
    for (const name of ['元旦', '春节', '国庆节']) expect(Object.values(table.holidays)).toContain(name)
  })
})

test('the calendar reads its days from the tables', () => {
  const calendar = new HolidayCalendar()
  expect(calendar.dayKind('2026-10-01')).toEqual({ kind: 'holiday', name: '国庆节', known: true })
  expect(calendar.dayKind('2026-10-10')).toEqual({ kind: 'adjustedWorkday', name: '国庆节', known: true })
  expect(calendar.dayKind('2026-10-12')).toEqual({ kind: 'ordinary', name: null, known: true })
  expect(calendar.dayKind('2027-01-01')).toEqual({ kind: 'ordinary', name: null, known: false })
})
