// One year of the national holiday calendar as the State Council publishes it each year
// (国务院办公厅关于<year>年部分节假日安排的通知): the 法定节假日 and the 调休 working days.
// The product's own data: a maintainer adds next year's file when the notice comes out
// (usually in November), registers it in index.ts, and a unit test asks for it from December.

export interface HolidayYear {
  /** the notice the dates were copied from */
  notice: string
  /** date (YYYY-MM-DD) → the holiday's name, e.g. 国庆节 */
  holidays: Readonly<Record<string, string>>
  /** 调休上班: a Saturday or Sunday worked in lieu → the holiday it serves */
  workdays: Readonly<Record<string, string>>
}
