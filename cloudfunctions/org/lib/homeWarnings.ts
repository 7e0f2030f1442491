// The 妇女之家's own rules (重庆 “妇女之家”规范化建设工作方案): its hours against 附件1 二, a
// plan each quarter and a summary of the last (附件3 “六个有”), and a 宣传栏 renewed every
// half year (附件1 六). They tell the chair where her 妇女之家 stands; none moves the
// completeness score, which measures the team.
import { SEED_HOURS_INCLUDE_WEEKENDS, SEED_SESSIONS, type ActivityDoc, type OpeningHours, type RuleWarning } from '../../../types'
import { quarterOf } from '../../common/time'
import { inBeijing } from '../../common/beijingDayjs'
import { citing } from './seedRules'

type Dated = Pick<ActivityDoc, 'status' | 'date' | 'resultText' | 'updatedAt'>

/** A plan for the quarter is due by its second week: warned from its 15th day on. */
const PLAN_GRACE_DAYS = 14
const BOARD_RENEWAL_MONTHS = 6

const sessionsText = (hours: Pick<OpeningHours, 'sessions'>) => hours.sessions.map((s) => `${s.start}—${s.end}`).join('、') || '未填写'
const daysText = (weekends: boolean) => (weekends ? '每天（法定节假日除外）' : '工作日（周末和法定节假日休息）')

/**
 * 附件1 二: "除法定节假日，上午9:00—12:00，下午14:00—17:00定时开放". A federation may keep longer
 * hours; it should know they differ. Weekends follow SEED_HOURS_INCLUDE_WEEKENDS.
 */
export function hoursWarnings(hours: OpeningHours): RuleWarning[] {
  const sameSessions = hours.sessions.length === SEED_SESSIONS.length && hours.sessions.every((s, i) => s.start === SEED_SESSIONS[i].start && s.end === SEED_SESSIONS[i].end)
  if (sameSessions && hours.openOnWeekends === SEED_HOURS_INCLUDE_WEEKENDS) return []
  const message = `开放时间和上级规定不同：本会是${daysText(hours.openOnWeekends)} ${sessionsText(hours)}；规定是${daysText(SEED_HOURS_INCLUDE_WEEKENDS)} ${sessionsText({ sessions: [...SEED_SESSIONS] })}。延长开放可以保留，请确认无误`
  return [citing('hours', { kind: 'hoursDiffer', message })]
}

const inRange = (date: string, range: { first: string; last: string }) => date >= range.first && date <= range.last

/**
 * 附件3 一 "每季度制定一次活动计划" and 六 "“妇女之家”活动每季度总结一次": an activity dated in
 * this quarter is its plan; a past-quarter activity with its result written is its summary.
 * A body created after the past quarter began owes no summary for it.
 */
export function quarterWarnings(activities: Dated[], now: Date, createdAt: string): RuleWarning[] {
  const warnings: RuleWarning[] = []
  const quarter = quarterOf(now)
  const kept = activities.filter((a) => a.status !== 'cancelled')
  const today = inBeijing(now).format('YYYY-MM-DD')
  const planDue = inBeijing(now).diff(inBeijing(new Date(`${quarter.first}T00:00:00+08:00`)), 'day') >= PLAN_GRACE_DAYS
  if (planDue && !kept.some((a) => inRange(a.date, quarter))) {
    warnings.push(citing('quarterPlan', { kind: 'noQuarterPlan', message: `${quarter.label}已过两周，还没有活动计划，请制定本季度活动计划并在宣传栏公示` }))
  }
  const past = quarterOf(
    inBeijing(new Date(`${quarter.first}T00:00:00+08:00`))
      .subtract(1, 'day')
      .toDate(),
  )
  const existed = inBeijing(new Date(createdAt)).format('YYYY-MM-DD') <= past.first
  const summarised = kept.some((a) => a.status === 'done' && a.resultText.trim() !== '' && inRange(a.date, past))
  if (existed && today > past.last && !summarised) {
    warnings.push(citing('quarterSummary', { kind: 'noQuarterSummary', message: `${past.label}的活动还没有总结，请补记活动成效` }))
  }
  return warnings
}

/** 附件1 六: "“妇女之家”妇工园地、活动剪影宣传栏要每半年更新一次" — the board's activities and results. */
export function boardFreshnessWarnings(activities: Dated[], now: Date): RuleWarning[] {
  const latest = activities.reduce<string | null>((max, a) => (max === null || a.updatedAt > max ? a.updatedAt : max), null)
  const since = inBeijing(now).subtract(BOARD_RENEWAL_MONTHS, 'month').toISOString()
  if (latest !== null && latest >= since) return []
  const when = latest ? `最近一次是 ${inBeijing(new Date(latest)).format('YYYY年M月D日')}` : '还没有发布过活动'
  return [citing('boardFresh', { kind: 'boardStale', message: `亮牌上的活动和成效半年多没有更新了（${when}），请更新` })]
}
