// topics.cancelMeeting: the chair calls a meeting off before it is recorded, saying why.
// Its agenda topics go back to 已立项 (each submitter told), ready for another meeting's
// agenda, and the members asked are told in their 消息. Sent again after it went through
// (same version), it completes whatever an interrupted try left undone.
import type { MeetingDoc } from '../../../types'
import { rebuildBoard } from '../../shared/boardDocument'
import type { Ctx } from '../../common/context'
import type { CtxOf } from '../../common/policy'
import { updateVersioned } from '../../common/writes'
import { agendaTopics, moveAgenda } from '../lib/agenda'
import { assertStillScheduled } from '../lib/meetingState'
import { notifyInvited } from '../lib/notifyInvited'
import { audit } from '../lib/record'
import type { TopicsInput, TopicsOutput } from '../lib/types'

type Input = TopicsInput<'cancelMeeting'>
type Output = TopicsOutput<'cancelMeeting'>

/** The meeting was cancelled from `input.version` for this reason: a retry of that call. */
const cancelledFrom = (meeting: MeetingDoc, input: Input): boolean =>
  meeting.status === 'cancelled' && meeting.version === input.version + 1 && meeting.cancelReason === input.reason

/** Moves the agenda topics still on this meeting back to 已立项, and rebuilds the board if any moved. */
async function releaseAgenda(ctx: Ctx, meeting: MeetingDoc): Promise<MeetingDoc> {
  const moved = await moveAgenda(ctx, meeting, 'defer', await agendaTopics(ctx, meeting.orgId, meeting.topicIds), () => ({ meetingId: null }))
  if (moved.length > 0) await rebuildBoard(ctx.store, meeting.orgId, ctx.clock.now())
  return meeting
}

export async function cancelMeeting(input: Input, ctx: CtxOf<'topics.cancelMeeting'>): Promise<Output> {
  const { access } = ctx
  const meeting = access.doc
  if (cancelledFrom(meeting, input)) return { meeting: await releaseAgenda(ctx, meeting) }
  assertStillScheduled(meeting, '取消')
  const saved = await updateVersioned(ctx, 'meetings', meeting, input.version, { status: 'cancelled', cancelReason: input.reason })
  await audit(ctx, {
    action: 'cancelMeeting',
    orgId: meeting.orgId,
    actorName: access.actorName,
    target: { collection: 'meetings', id: meeting._id },
    summary: `取消了议事会：${input.reason}`,
  })
  await notifyInvited(ctx, saved, saved.invitedMemberIds, '已取消')
  return { meeting: await releaseAgenda(ctx, saved) }
}
