// topics.recordMeeting: after the meeting the chair records who came (present, excused,
// absent) and, per topic, one record — 一事一记 (004 (2)): the discussion in brief, the
// decision, who carries it out and by when. Each recorded topic is then 已议定.
import type { MeetingDoc } from '../../../types'
import { rebuildBoard } from '../../common/boardDocument'
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'
import { invalid } from '../../org/lib/invalid'
import { assertVersion, updateVersioned } from '../../org/lib/writes'
import { accessOrg, loadMeeting } from '../lib/access'
import { assertDistinct, topicsFor } from '../lib/agenda'
import { notifySubmitter } from '../lib/notifySubmitter'
import { audit } from '../lib/record'
import type { TopicsInput, TopicsOutput } from '../lib/types'

type Input = TopicsInput<'recordMeeting'>
type Output = TopicsOutput<'recordMeeting'>

function assertLists(input: Input, meeting: MeetingDoc): void {
  const topicIds = input.records.map((r) => r.topicId)
  const memberIds = input.attendance.map((a) => a.memberId)
  assertDistinct('records', topicIds)
  assertDistinct('attendance', memberIds)
  if (topicIds.some((id) => !meeting.topicIds.includes(id))) throw invalid('records', '只能记录这次议事议程上的议题')
  if (memberIds.some((id) => !meeting.invitedMemberIds.includes(id))) throw invalid('attendance', '只能记录受邀成员的出席情况')
}

export async function recordMeeting(input: Input, ctx: Ctx): Promise<Output> {
  const meeting = await loadMeeting(ctx, input.meetingId)
  const access = await accessOrg(ctx, 'recordMeeting', meeting.orgId)
  assertLists(input, meeting)
  assertVersion(meeting, input.version)
  if (meeting.status === 'recorded') throw new AppError('CONFLICT', '这次议事已经记录过了')
  if (meeting.startsAt > ctx.clock.now().toISOString()) throw new AppError('CONFLICT', '议事还没有开始，开完会再记录')
  const topics = await topicsFor(ctx, meeting.orgId, input.records.map((r) => r.topicId), 'decide')
  const saved = await updateVersioned(ctx, 'meetings', meeting, input.version, { status: 'recorded', attendance: input.attendance, records: input.records })
  for (const [index, topic] of topics.entries()) {
    const moved = await updateVersioned(ctx, 'topics', topic, topic.version, { state: 'decided', record: input.records[index] })
    await notifySubmitter(ctx, moved, 'decided')
  }
  await rebuildBoard(ctx.store, meeting.orgId, ctx.clock.now())
  await audit(ctx, {
    action: 'recordMeeting',
    orgId: meeting.orgId,
    actorName: access.actorName,
    target: { collection: 'meetings', id: meeting._id },
    summary: `记录了议事：${topics.map((t) => t.title).join('、')}；出席 ${input.attendance.filter((a) => a.status === 'present').length} 人`,
  })
  return { meeting: saved }
}
