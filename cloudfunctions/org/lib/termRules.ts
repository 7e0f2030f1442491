// The 执委's terms and training, as the console reads them. A term that has ended is flagged
// until the member is renewed or leaves (000 三(一): the 妇女代表大会 "每五年举行一次…选举产生执行委员会");
// a 执委 a year in office with no 学习培训 attended is flagged (002 履职制度第九条 "参加妇联组织举办的各类
// 专题学习培训"; 003 "确保基层妇联主席、副主席、执委在任职期间普遍接受1次培训"). Training attended is her
// 出席 at a recorded 执委会 with 学习培训 on its agenda.
import { heldToDuty, isSmallBody, type CommitteeMeetingDoc, type MemberDoc, type OrgDoc, type RuleWarning } from '../../../types'
import { localDate } from '../../common/time'
import { inBeijing } from '../../common/beijingDayjs'
import { termLapsed, TERM_GRACE_DAYS } from '../../shared/terms'
import { joinedOn } from './duty'
import { citing } from './seedRules'

export type Termed = Pick<MemberDoc, '_id' | 'name' | 'post' | 'status' | 'termStart' | 'termEnd' | 'createdAt'>
type Training = Pick<CommitteeMeetingDoc, 'startsAt' | 'status' | 'agenda' | 'attendance'>

const names = (members: readonly Termed[]) => members.map((m) => m.name).join('、')

/** 执委 in office whose term has ended: renew it (新的任期) or record her leaving. */
export function termWarnings(level: OrgDoc['level'], members: readonly Termed[], now: Date): RuleWarning[] {
  if (isSmallBody(level)) return []
  const today = localDate(now)
  const ended = members.filter((m) => m.status === 'active' && heldToDuty(m.post) && m.termEnd !== null && m.termEnd < today)
  if (ended.length === 0) return []
  const lapsed = ended.filter((m) => termLapsed(m.termEnd, now))
  const board = lapsed.length > 0 ? `；${names(lapsed)} 任期结束已超过 ${TERM_GRACE_DAYS} 天，亮牌上暂不显示，更新任期后恢复` : ''
  const message = `${names(ended)} 的任期已经结束，请按换届结果更新任期，或登记离任${board}`
  return [citing('term', { kind: 'termEnded', message, subjectIds: ended.map((m) => m._id) })]
}

/** How long in office before the training rule asks. */
const TRAINING_AFTER_MONTHS = 12

/** 执委 a year or more in office who were present at no 学习培训 since their term began. */
export function trainingWarnings(level: OrgDoc['level'], members: readonly Termed[], meetings: readonly Training[], now: Date): RuleWarning[] {
  if (isSmallBody(level)) return []
  const trainings = meetings.filter((m) => m.status === 'recorded' && m.agenda.some((item) => item.kind === 'training'))
  const yearAgo = inBeijing(now).subtract(TRAINING_AFTER_MONTHS, 'month').format('YYYY-MM-DD')
  const untrained = members.filter((m) => {
    if (m.status !== 'active' || !heldToDuty(m.post)) return false
    const since = joinedOn(m)
    if (since > yearAgo) return false
    return !trainings.some((t) => localDate(new Date(t.startsAt)) >= since && t.attendance.some((a) => a.memberId === m._id && a.status === 'present'))
  })
  if (untrained.length === 0) return []
  const message = `${names(untrained)} 任职以来还没有参加过学习培训，请在执委会上安排学习培训，或组织参加上级妇联的培训`
  return [citing('training', { kind: 'noTraining', message, subjectIds: untrained.map((m) => m._id) })]
}
