// Years whose State Council notice a maintainer looked for and could not yet find. From
// 1 December the holiday-table test asks for next year's table; an entry here answers
// "looked, not out yet" for at most a week (recheckBy ≤ searchedOn + 7 days), so the
// question comes back every week until the table is in. It never excuses the current
// year: on 1 January the test fails whatever this list says. Until a table is in, the
// board says 「节假日安排未更新」 on that year's days, and a year can be added at run time
// in the `config/calendar` document without a release.

export interface AwaitedNotice {
  /** the year whose 部分节假日安排 notice is awaited */
  year: string
  /** the day (YYYY-MM-DD, Asia/Shanghai) the maintainer looked */
  searchedOn: string
  /** where they looked, so the next one need not repeat it */
  searched: string
  /** the day by which to look again (at most seven days after searchedOn) */
  recheckBy: string
}

export const AWAITED_NOTICES: readonly AwaitedNotice[] = [
  {
    year: '2027',
    searchedOn: '2026-12-02',
    searched:
      'npm registry: chinese-days 1.5.7 (tables end with 2026), chinese-workday 1.16.1, chinese-holidays 1.2.1 and date-holidays 3.37.0 hold no 2027 dates (package contents grepped; the same versions on 2 December); a search of stored public web pages for 「国务院办公厅关于2027年部分节假日安排的通知」 finds only the 2017 and 2026 notices; the build machine reaches no other copy of the notice',
    recheckBy: '2026-12-09',
  },
]
