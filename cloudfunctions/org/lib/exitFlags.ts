// The exit rules the console proposes, never applies (the committee decides: 000 六(八) "由推荐单位
// 提出建议，经执委会通过决定终止其执委资格"). Here: "超过一年没有履职的" — a 执委 in office longer than a
// year with no 履职 entry dated in the past twelve months, with the evidence (her last entry's date).
// Here too: two years 不合格 in the 述职评议 (appraisalFailWarnings). The absence rule is
// missedMeetingWarnings (ruleWarnings.ts).
import { heldToDuty, type MemberDoc, type RuleWarning } from '../../../types'
import { localDate } from '../../common/time'
import { isSilentYear } from '../../shared/duty/cadence'
import type { FailedYears } from './appraisalRules'
import { joinedOn } from './duty'
import { citing } from './seedRules'

type Flagged = Pick<MemberDoc, '_id' | 'name' | 'post' | 'status' | 'termStart' | 'createdAt'>

/** `lastEntry`: each 执委's latest entry dated on or before today, or null when she has none. */
export function silentYearWarnings(members: readonly Flagged[], lastEntry: ReadonlyMap<string, string | null>, now: Date): RuleWarning[] {
  const today = localDate(now)
  const silent = members.filter((m) => {
    if (m.status !== 'active' || !heldToDuty(m.post) || !lastEntry.has(m._id)) return false
    return isSilentYear(lastEntry.get(m._id) ?? null, joinedOn(m), today)
  })
  if (silent.length === 0) return []
  const evidence = silent.map((m) => `${m.name}（${lastEntry.get(m._id) ? `最近一次履职记录 ${lastEntry.get(m._id)}` : '没有履职记录'}）`).join('；')
  const message = `${evidence} 超过一年没有履职。这是提示，不会自动取消执委资格：请先谈心了解情况，确需退出的，由执委会研究决定`
  return [citing('silentYear', { kind: 'silentYear', message, subjectIds: silent.map((m) => m._id) })]
}

/**
 * 002 增替补及退出制度第十二条: "在年度述职评议中连续两年不合格" … "由本级妇联组织劝其辞去执委职务". A proposal with
 * its evidence (the two years and their counts), never applied: the committee decides.
 */
export function appraisalFailWarnings(members: readonly Pick<MemberDoc, '_id' | 'name' | 'status'>[], flagged: readonly FailedYears[]): RuleWarning[] {
  const names = new Map(members.filter((m) => m.status === 'active').map((m) => [m._id, m.name]))
  const current = flagged.filter((f) => names.has(f.memberId))
  if (current.length === 0) return []
  const years = (f: FailedYears) => f.years.map(({ year, counts: c }) => `${year} 年不合格（满意 ${c.satisfied}、基本满意 ${c.fair}、不满意 ${c.dissatisfied}）`).join('，')
  const evidence = current.map((f) => `${names.get(f.memberId)}：${years(f)}`).join('；')
  const message = `${evidence}。年度述职评议连续两年不合格，建议劝其辞去执委职务。这是提示，不会自动取消执委资格：请先谈心了解情况，由执委会研究决定`
  return [citing('appraisalFailed', { kind: 'appraisalFailed', message, subjectIds: current.map((f) => f.memberId) })]
}
