// 执委会全体会议 in the console: who sits on it, and the checks every write makes before it
// writes. 000 三(一): the 执行委员会 is its 主席、副主席 and 执委; a 妇女小组's 小组长 and 组员 and the
// 巾帼志愿者 hold no seat.
import { COMMITTEE_ATTENDANCE_LABEL, heldToDuty, type CommitteeAttendance, type CommitteeMeetingDoc, type MemberDoc } from '../../../types'
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'
import { invalid } from '../../common/invalid'

/** The federation's 执委 in office, by id. */
export async function committeeMembers(ctx: Ctx, orgId: string): Promise<Map<string, MemberDoc>> {
  const members = await ctx.store.find<MemberDoc>('members', { orgId, status: 'active' }, { limit: 200 })
  return new Map(members.filter((m) => heldToDuty(m.post)).map((m) => [m._id, m]))
}

/** Every id once, and each a 执委 of this federation in office. */
export async function assertCommitteeMembers(ctx: Ctx, orgId: string, field: string, ids: readonly string[]): Promise<void> {
  if (new Set(ids).size !== ids.length) throw invalid(field, '同一位执委选了两次')
  const members = await committeeMembers(ctx, orgId)
  const stranger = ids.find((memberId) => !members.has(memberId))
  if (stranger) throw invalid(field, '只能选本会在任的主席、副主席和执委')
}

/** One mark per member called; 请假 needs its reason; nobody who was not called. */
export function assertAttendance(meeting: CommitteeMeetingDoc, attendance: readonly CommitteeAttendance[]): void {
  const ids = attendance.map((a) => a.memberId)
  if (new Set(ids).size !== ids.length) throw invalid('attendance', '同一位执委记了两次')
  if (ids.some((memberId) => !meeting.invitedMemberIds.includes(memberId))) throw invalid('attendance', '只能记录通知参会的执委')
  const missing = meeting.invitedMemberIds.length - ids.length
  if (missing > 0) throw invalid('attendance', `还有 ${missing} 位通知参会的执委没有记出席情况`)
  attendance.forEach((mark, i) => {
    // 000 六(八) "无正当理由连续三次不出席": 请假 is an absence with its reason, so the reason is asked for
    if (mark.status === 'excused' && mark.reason === '') throw invalid(`attendance.${i}.reason`, '请假要写明原因')
    if (mark.status !== 'excused' && mark.reason !== '') throw invalid(`attendance.${i}.reason`, `${COMMITTEE_ATTENDANCE_LABEL[mark.status]}不用写请假原因`)
  })
}

/** A meeting that was recorded or cancelled is not changed again. */
export function assertScheduled(meeting: CommitteeMeetingDoc): void {
  if (meeting.status === 'recorded') throw new AppError('CONFLICT', '这次执委会已经记录过了')
  if (meeting.status === 'cancelled') throw new AppError('CONFLICT', '这次执委会已经取消了')
}

/** How many came. */
export const present = (attendance: readonly CommitteeAttendance[]): number => attendance.filter((a) => a.status === 'present').length
