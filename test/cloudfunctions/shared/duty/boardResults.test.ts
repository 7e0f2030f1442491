// How the board publishes 履职成效 (002 第七条 "亮成效，工作活动开展后，及时公布成效及群众满意度。"):
// counts of work as numbers, the women reached under 5 as 少于5, and a quarter's women withheld
// (—) where the year shown beside it would give away a small count of the rest of the year.
import type { DutyCounts } from '../../../../types'
import { publishYear, quarterWomenShown, yearPeriodKeys } from '../../../../cloudfunctions/shared/duty/boardResults'
import { countsOf } from '../../../../cloudfunctions/shared/duty/cadence'

test.each([
  // [this quarter, the year, shown]
  [0, 0, 0],
  [3, 3, 'few'],
  [0, 4, 0],
  [4, 4, 'few'],
  [5, 5, 5],
  [7, 13, 7],
  [0, 6, 0],
  [3, 6, 'few'],
  [8, 10, 'hidden'],
  [5, 6, 'hidden'],
  [12, 12, 12],
] as const)('%i women this quarter beside %i this year shows %s', (quarter, year, shown) => {
  expect(quarterWomenShown(quarter, year)).toBe(shown)
})

test('a year is published with its four quarters; the counts of work are numbers, only 联系/走访谈心 women count', () => {
  const q4Entries = [
    { kind: 'contact', date: '2026-11-02', womenCount: 2 },
    { kind: 'talk', date: '2026-11-03', womenCount: 40 },
    { kind: 'proposal', date: '2026-11-04', womenCount: 0 },
  ] as const
  const q4 = countsOf(q4Entries)
  const year: DutyCounts = { ...countsOf([...q4Entries, { kind: 'contact', date: '2026-03-02', womenCount: 1 }]), accepted: 1 }
  const published = publishYear(
    2026,
    new Map([
      ['2026Q4', q4],
      ['2026', year],
    ]),
  )
  expect(Object.keys(published).sort()).toEqual(yearPeriodKeys(2026).sort())
  expect(published['2026Q4']).toEqual({ entries: 3, contactWomen: 'few', talks: 1, surveys: 0, proposals: 1, accepted: 0, helps: 0, services: 0 })
  expect(published['2026']).toMatchObject({ entries: 4, contactWomen: 'few', accepted: 1 })
  expect(published['2026Q1']).toMatchObject({ entries: 0, contactWomen: 0 })
})
