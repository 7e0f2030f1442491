// Is the 妇女之家 open now? 重庆 妇女之家规范化建设 附件1 二: "除法定节假日，上午9:00—12:00，下午14:00—17:00定时开放".
// Closed on 法定节假日, open on 调休 working days, weekends closed unless the org opens
// then; an org's own closed and extra open dates win over the national calendar. A day
// whose year the calendar has no data for is not guessed at: the board says
// 节假日安排未更新 and asks her to call first.
import type { OpeningHours, OpenNow } from '../../../types'
import type { HolidayCalendar } from '../../common/calendar'
import { localClock } from '../../common/time'

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number)
  return h * 60 + m
}

/** What the board says on a day of a year whose 法定节假日 and 调休 are not in the calendar. */
export const UNKNOWN_DAY_TEXT = '节假日安排未更新，今天是否开放请先打电话问一问'

type DayVerdict = { opens: boolean; day: OpenNow['day']; closedText: string; known: boolean }

function judgeDay(hours: OpeningHours, calendar: HolidayCalendar, date: string, weekday: number): DayVerdict {
  const national = calendar.dayKind(date)
  const known = national.known
  if (hours.closedDates.includes(date)) return { opens: false, day: 'orgClosed', closedText: '今天妇女之家休息', known }
  if (hours.extraOpenDates.includes(date)) return { opens: true, day: 'orgOpen', closedText: '', known }
  if (!known) return { opens: false, day: 'unknown', closedText: UNKNOWN_DAY_TEXT, known }
  if (national.kind === 'holiday') {
    return { opens: false, day: 'holiday', closedText: `今天是${national.name ?? '法定节假日'}，妇女之家不开放`, known }
  }
  if (national.kind === 'adjustedWorkday') return { opens: true, day: 'adjustedWorkday', closedText: '', known }
  const weekend = weekday >= 6
  if (weekend && !hours.openOnWeekends) return { opens: false, day: 'weekend', closedText: '今天是周末，妇女之家不开放', known }
  return { opens: true, day: weekend ? 'weekend' : 'workday', closedText: '', known }
}

export function openNow(hours: OpeningHours, calendar: HolidayCalendar, instant: Date): OpenNow {
  const { date, minutes, weekday } = localClock(instant)
  const verdict = judgeDay(hours, calendar, date, weekday)
  // an org's own date decides even in a year the calendar does not know; say the rest is unknown
  const unknownNote = verdict.known ? '' : '（节假日安排未更新）'
  const base = { day: verdict.day, calendarKnown: verdict.known }
  if (verdict.day === 'unknown') return { ...base, open: false, text: verdict.closedText }
  if (!verdict.opens) return { ...base, open: false, text: verdict.closedText + unknownNote }

  const sessions = [...hours.sessions].sort((a, b) => minutesOf(a.start) - minutesOf(b.start))
  if (sessions.length === 0) return { ...base, open: false, text: '暂未公布开放时间' }
  const prefix = verdict.day === 'adjustedWorkday' ? '今天调休上班，' : ''
  const current = sessions.find((s) => minutesOf(s.start) <= minutes && minutes < minutesOf(s.end))
  if (current) return { ...base, open: true, text: `${prefix}开放中，${current.end} 前可来` + unknownNote }
  const next = sessions.find((s) => minutes < minutesOf(s.start))
  if (!next) return { ...base, open: false, text: `${prefix}今天已闭馆` + unknownNote }
  const beforeFirst = next === sessions[0]
  const text = beforeFirst ? `${prefix}今天 ${next.start} 开放` : `${prefix}午休中，${next.start} 继续开放`
  return { ...base, open: false, text: text + unknownNote }
}

/** "周一至周五 09:00–12:00、14:00–17:00（法定节假日休息）" for the board. */
export function describeHours(hours: OpeningHours): string {
  const days = hours.openOnWeekends ? '每天' : '工作日'
  const sessions = hours.sessions.map((s) => `${s.start}–${s.end}`).join('、')
  return `${days} ${sessions}（法定节假日休息）`
}
