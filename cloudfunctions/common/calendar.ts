// The national holiday calendar: 法定节假日 and 调休 working days. The years the product
// ships are its own tables (holidays/<year>.ts, copied from each year's State Council
// notice); a year can also come from the `config/calendar` document, so it can be added
// without a release. A year with neither is reported as unknown, and the board says the
// holiday arrangements are not updated rather than guessing.
import type { CalendarConfigDoc } from '../../types'
import { HOLIDAY_YEARS } from './holidays'
import type { Store } from './store/port'

export interface DayKind {
  kind: 'holiday' | 'adjustedWorkday' | 'ordinary'
  /** the holiday's Chinese name, e.g. 国庆节 */
  name: string | null
  /** false when nothing is known about this date's year */
  known: boolean
}

interface YearData {
  holidays: Map<string, string>
  workdays: Map<string, string>
}

function builtInYears(): Map<string, YearData> {
  return new Map(
    Object.entries(HOLIDAY_YEARS).map(([year, data]) => [year, { holidays: new Map(Object.entries(data.holidays)), workdays: new Map(Object.entries(data.workdays)) }]),
  )
}

export class HolidayCalendar {
  private readonly years: Map<string, YearData>

  constructor(extra: CalendarConfigDoc['years'] = {}) {
    this.years = builtInYears()
    for (const [year, data] of Object.entries(extra)) {
      this.years.set(year, {
        holidays: new Map(data.holidays.map((date) => [date, '法定节假日'])),
        workdays: new Map(data.workdays.map((date) => [date, '调休上班'])),
      })
    }
  }

  knowsYear(year: string): boolean {
    return this.years.has(year)
  }

  /** What kind of day `date` (YYYY-MM-DD, Asia/Shanghai) is nationally. */
  dayKind(date: string): DayKind {
    const data = this.years.get(date.slice(0, 4))
    if (!data) return { kind: 'ordinary', name: null, known: false }
    const holiday = data.holidays.get(date)
    if (holiday) return { kind: 'holiday', name: holiday, known: true }
    const workday = data.workdays.get(date)
    if (workday) return { kind: 'adjustedWorkday', name: workday, known: true }
    return { kind: 'ordinary', name: null, known: true }
  }
}

/** How long a function instance keeps the calendar before it reads the config again. */
const CALENDAR_TTL_MS = 10 * 60 * 1000

/**
 * The calendar a function instance uses: built in, plus `config/calendar`. It is read
 * when the instance starts (`prime`) and refreshed in the background at most once per
 * CALENDAR_TTL_MS, so a board read never waits for it and stays one store read.
 */
export class CalendarSource {
  private calendar = new HolidayCalendar()
  private loadedAt = Number.NEGATIVE_INFINITY
  private loading: Promise<void> | null = null

  constructor(
    private readonly store: Store,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /** Reads the config document now; call once when the instance starts. */
  async prime(nowMs: number): Promise<void> {
    const config = await this.store.getById<CalendarConfigDoc>('config', 'calendar')
    this.calendar = new HolidayCalendar(config?.years ?? {})
    this.loadedAt = nowMs
  }

  /** The calendar as last read; starts a background refresh when it is stale. */
  current(nowMs: number): HolidayCalendar {
    if (nowMs - this.loadedAt >= CALENDAR_TTL_MS && !this.loading) {
      this.loading = this.prime(nowMs)
        .catch(this.onError)
        .finally(() => {
          this.loading = null
        })
    }
    return this.calendar
  }
}
