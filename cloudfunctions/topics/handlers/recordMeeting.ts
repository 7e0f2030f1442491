// topics.recordMeeting: after the meeting the chair records who came (present, excused,
// absent) and, per topic, one record — 一事一记 (柳州示范点通知 (2)): the discussion in
// brief, the decision, who carries it out and by when. Each recorded topic is then 已议定. Every
// topic is checked before anything is written; the meeting (which keeps the records) is
// written first, then its topics move. An agenda topic the meeting did not get to goes
// back to 已立项 (on record, and its submitter is told), ready for the next meeting's
// agenda. The same record sent again with the same meeting version completes whatever an
// interrupted try left undone.
import type { MeetingDoc } from '../../../types'
import { rebuildBoard } from '../../shared/boardDocument'
import { refreshStats, yearOf } from '../../shared/orgStats'
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'
import { invalid } from '../../common/invalid'
import type { CtxOf } from '../../common/policy'
import { assertVersion, updateVersioned } from '../../common/writes'
import { agendaTopics, assertCanTake, assertDistinct, moveAgenda } from '../lib/agenda'
import { ALREADY_CANCELLED, ALREADY_RECORDED } from '../lib/meetingState'
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

/** The meeting was recorded from `input.version` with exactly this attendance and these records. */
const recordedFrom = (meeting: MeetingDoc, input: Input): boolean =>
  meeting.status === 'recorded' &&
  meeting.version === input.version + 1 &&
  JSON.stringify([meeting.attendance, meeting.records]) === JSON.stringify([input.attendance, input.records])

/**
 * Moves the recorded topics to 已议定 and the agenda's other topics back to 已立项 (those
 * not moved yet), and rebuilds the board if any moved.
 */
async function completeRecords(ctx: Ctx, meeting: MeetingDoc): Promise<MeetingDoc> {
  const records = new Map(meeting.records.map((r) => [r.topicId, r]))
  const decided = await moveAgenda(ctx, meeting, 'decide', await agendaTopics(ctx, meeting.orgId, [...records.keys()]), (topic) => ({ record: records.get(topic._id) }))
  const notReached = meeting.topicIds.filter((id) => !records.has(id))
  const deferred = notReached.length === 0 ? [] : await moveAgenda(ctx, meeting, 'defer', await agendaTopics(ctx, meeting.orgId, notReached), () => ({ meetingId: null }))
  if (decided.length + deferred.length > 0) await rebuildBoard(ctx.store, meeting.orgId, ctx.clock.now())
  const years = [...decided, ...deferred].map((topic) => yearOf(new Date(topic.createdAt)))
  if (years.length > 0) await refreshStats(ctx.store, meeting.orgId, ctx.clock.now(), ['topics'], years)
  return meeting
}

export async function recordMeeting(input: Input, ctx: CtxOf<'topics.recordMeeting'>): Promise<Output> {
  const { access } = ctx
  const meeting = access.doc
  assertLists(input, meeting)
  if (recordedFrom(meeting, input)) return { meeting: await completeRecords(ctx, meeting) }
  if (meeting.status === 'recorded') throw new AppError('CONFLICT', ALREADY_RECORDED)
  if (meeting.status === 'cancelled') throw new AppError('CONFLICT', `${ALREADY_CANCELLED}，不用再记录`)
  assertVersion(meeting, input.version)
  if (meeting.startsAt > ctx.clock.now().toISOString()) throw new AppError('CONFLICT', '议事还没有开始，开完会再记录')
  const topics = await agendaTopics(
    ctx,
    meeting.orgId,
    input.records.map((r) => r.topicId),
  )
  for (const topic of topics) assertCanTake(topic, meeting._id, 'decide')
  const saved = await updateVersioned(ctx, 'meetings', meeting, input.version, { status: 'recorded', attendance: input.attendance, records: input.records })
  await audit(ctx, {
    action: 'recordMeeting',
    orgId: meeting.orgId,
    actorName: access.actorName,
    target: { collection: 'meetings', id: meeting._id },
    summary: `记录了议事：${topics.map((t) => t.title).join('、')}；出席 ${input.attendance.filter((a) => a.status === 'present').length} 人`,
  })
  return { meeting: await completeRecords(ctx, saved) }
}
