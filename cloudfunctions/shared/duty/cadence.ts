// The 七个一 cadence engine: from a member's entries, her joining date and the instant, what she
// has done of each duty this period, what is still due and by when, who is behind, the women she
// reached this year, and the one-year flag. Pure functions over plain data; every calendar
// decision is a Beijing local date (common/time.ts), periods are the calendar quarter, half-year
// and year.
import {
  DUTY_ENTRY_KINDS,
  SEVEN_DUTIES,
  SILENT_YEAR_CITATION,
  WOMEN_REACHED_MINIMUM,
  type DutyCounts,
  type DutyEntryDoc,
  type DutyMinimums,
  type DutyPeriod,
  type DutyPeriodSpan,
  type DutyProgress,
  type DutySummary,
  type SevenDuty,
} from '../../../types'
import { localDate } from '../../common/time'

/** What the engine needs of an entry. */
export type CadenceEntry = Pick<DutyEntryDoc, 'kind' | 'date' | 'womenCount'>

const pad = (n: number) => String(n).padStart(2, '0')
const lastDayOfMonth = (year: number, month: number) => [31, (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]

/** The calendar period (Beijing dates) that holds a local date. */
export function spanOf(date: string, period: DutyPeriod): DutyPeriodSpan {
  const year = Number(date.slice(0, 4))
  const month = Number(date.slice(5, 7))
  const months = period === 'quarter' ? 3 : period === 'halfYear' ? 6 : 12
  const index = Math.floor((month - 1) / months)
  const firstMonth = index * months + 1
  const lastMonth = firstMonth + months - 1
  const key = period === 'quarter' ? `${year}Q${index + 1}` : period === 'halfYear' ? `${year}H${index + 1}` : `${year}`
  const label = period === 'quarter' ? `${year}年第${'一二三四'[index]}季度` : period === 'halfYear' ? `${year}年${index === 0 ? '上' : '下'}半年` : `${year}年`
  return { period, key, first: `${year}-${pad(firstMonth)}-01`, last: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}`, label }
}

/** The period just before. */
export function previousSpan(span: DutyPeriodSpan): DutyPeriodSpan {
  const year = Number(span.first.slice(0, 4))
  const month = Number(span.first.slice(5, 7))
  const before = month === 1 ? `${year - 1}-12-31` : `${year}-${pad(month - 1)}-01`
  return spanOf(before, span.period)
}

/** The same date a year earlier (29 February → 28 February). */
export function yearBefore(date: string): string {
  const year = Number(date.slice(0, 4)) - 1
  const rest = date.slice(4) === '-02-29' ? '-02-28' : date.slice(4)
  return `${year}${rest}`
}

/** The seed's minimum, or the federation's own where it raised it (never below the seed). */
export function minimumOf(duty: SevenDuty, minimums?: DutyMinimums | null): number {
  return Math.max(duty.minimum, minimums?.[duty.key] ?? 0)
}

const counts = (duty: SevenDuty, entry: CadenceEntry) => duty.kinds === null || duty.kinds.includes(entry.kind)
const within = (date: string, span: DutyPeriodSpan) => date >= span.first && date <= span.last

/** How many of her entries count toward `duty` within `span`. */
export function doneIn(duty: SevenDuty, entries: readonly CadenceEntry[], span: DutyPeriodSpan): number {
  return entries.filter((entry) => counts(duty, entry) && within(entry.date, span)).length
}

export interface CadenceInput {
  memberId: string
  entries: readonly CadenceEntry[]
  /** the day she became a member (her term's start, else the day her record was made) */
  joinedOn: string
  now: Date
  minimums?: DutyMinimums | null
}

/**
 * One duty now. A period she joined part-way through is never held against her: she cannot
 * be behind for it (she still sees what it asks).
 */
export function progressOf(duty: SevenDuty, input: CadenceInput, today: string): DutyProgress {
  const span = spanOf(today, duty.period)
  const minimum = minimumOf(duty, input.minimums)
  const done = doneIn(duty, input.entries, span)
  const last = previousSpan(span)
  const missedLast = input.joinedOn <= last.first && doneIn(duty, input.entries, last) < minimum
  const status = done >= minimum ? 'done' : missedLast ? 'behind' : 'due'
  return { key: duty.key, title: duty.title, span, done, minimum, dueDate: span.last, status, missedLast, citation: duty.citation }
}

const PERIOD_WORDS: Record<DutyPeriod, string> = { quarter: '本季度', halfYear: '本半年', year: '今年' }

/** “本季度还需联系妇女群众1次、宣讲1次，截至 12月31日”: one sentence for each period with something left. */
export function todoWords(duties: readonly DutyProgress[]): string[] {
  const sentences: string[] = []
  for (const period of ['quarter', 'halfYear', 'year'] as const) {
    const open = duties.filter((duty) => duty.span.period === period && duty.done < duty.minimum)
    if (open.length === 0) continue
    const parts = open.map((duty) => `${SEVEN_DUTIES.find((seven) => seven.key === duty.key)?.todo ?? duty.title}${duty.minimum - duty.done}次`)
    const due = open[0].dueDate
    sentences.push(`${PERIOD_WORDS[period]}还需${parts.join('、')}，截至 ${Number(due.slice(5, 7))}月${Number(due.slice(8, 10))}日`)
  }
  return sentences
}

/**
 * 《基层妇联执委工作手册》六（八）: a member's standing ends, on the committee's decision, when she is
 * "超过一年没有履职的". The flag only proposes: no entry dated in the past 12 months, and a member
 * for longer than that.
 */
export function silentYearOf(entries: readonly CadenceEntry[], joinedOn: string, today: string): DutySummary['silentYear'] {
  const latest = entries.reduce<string | null>((last, entry) => (entry.date <= today && (last === null || entry.date > last) ? entry.date : last), null)
  if (!isSilentYear(latest, joinedOn, today)) return null
  return { message: '超过一年没有履职，请执委会研究（本提示不会自动取消执委资格）', citation: SILENT_YEAR_CITATION }
}

/** The same test from her latest entry on or before today (null: none): nothing after the cutoff, and a member since before it. */
export function isSilentYear(latest: string | null, joinedOn: string, today: string): boolean {
  const cutoff = yearBefore(today)
  return joinedOn <= cutoff && (latest === null || latest <= cutoff)
}

export function summarize(input: CadenceInput): DutySummary {
  const today = localDate(input.now)
  const duties = SEVEN_DUTIES.map((duty) => progressOf(duty, input, today))
  const year = spanOf(today, 'year')
  const women = input.entries.filter((entry) => within(entry.date, year)).reduce((sum, entry) => sum + entry.womenCount, 0)
  const lastEntryDate = input.entries.reduce<string | null>((latest, entry) => (entry.date <= today && (latest === null || entry.date > latest) ? entry.date : latest), null)
  return {
    memberId: input.memberId,
    asOf: today,
    duties,
    todo: todoWords(duties),
    womenReached: { count: women, minimum: WOMEN_REACHED_MINIMUM, met: women >= WOMEN_REACHED_MINIMUM },
    lastEntryDate,
    behind: duties.some((duty) => duty.status === 'behind'),
    silentYear: silentYearOf(input.entries, input.joinedOn, today),
  }
}

// ---- counts per federation and period, summed up the tree ----

export function emptyCounts(): DutyCounts {
  const zeros = () => Object.fromEntries(DUTY_ENTRY_KINDS.map((kind) => [kind, 0])) as DutyCounts['byKind']
  return { entries: 0, byKind: zeros(), women: 0, womenByKind: zeros(), accepted: 0 }
}

/** Adds (sign 1) or takes away (sign -1) one entry: what log / update / delete do to a counts document. */
export function applyEntry(total: DutyCounts, entry: CadenceEntry, sign: 1 | -1): DutyCounts {
  return {
    ...total,
    entries: total.entries + sign,
    byKind: { ...total.byKind, [entry.kind]: total.byKind[entry.kind] + sign },
    women: total.women + sign * entry.womenCount,
    womenByKind: { ...total.womenByKind, [entry.kind]: (total.womenByKind?.[entry.kind] ?? 0) + sign * entry.womenCount },
  }
}

export function countsOf(entries: readonly CadenceEntry[]): DutyCounts {
  return entries.reduce((total, entry) => applyEntry(total, entry, 1), emptyCounts())
}

/** A federation's figures with its children's: the roll-up through the tree. */
export function rollUp(parts: readonly DutyCounts[]): DutyCounts {
  return parts.reduce(
    (total, part) => ({
      entries: total.entries + part.entries,
      byKind: Object.fromEntries(DUTY_ENTRY_KINDS.map((kind) => [kind, total.byKind[kind] + part.byKind[kind]])) as DutyCounts['byKind'],
      women: total.women + part.women,
      womenByKind: Object.fromEntries(DUTY_ENTRY_KINDS.map((kind) => [kind, (total.womenByKind?.[kind] ?? 0) + (part.womenByKind?.[kind] ?? 0)])) as DutyCounts['byKind'],
      accepted: (total.accepted ?? 0) + (part.accepted ?? 0),
    }),
    emptyCounts(),
  )
}
