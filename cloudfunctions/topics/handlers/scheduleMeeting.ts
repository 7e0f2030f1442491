// topics.scheduleMeeting: the chair calls a meeting (执委议事制度 一–三: 主持, 时间, 形式) —
// form, time, place, host, invited members, 妇女代表 and guests (村/社区 书记, 两委) — and
// puts accepted topics on its agenda (已列入议程). Every topic is checked before anything
// is written; the meeting is written first, then its topics move. A retried request (same
// requestId) makes one meeting and completes whatever an interrupted try left undone.
import type { MeetingDoc } from '../../../types'
import { rebuildBoard } from '../../shared/boardDocument'
import type { Ctx, OrgAccess } from '../../common/context'
import { earlierCreate, insertOnce, newId, stamp } from '../../common/writes'
import type { CtxOf } from '../../common/policy'
import { agendaTopics, assertActiveMembers, assertCanTake, assertDistinct, moveAgenda } from '../lib/agenda'
import { notifyInvited } from '../lib/notifyInvited'
import { audit } from '../lib/record'
import type { TopicsInput, TopicsOutput } from '../lib/types'

type Input = TopicsInput<'scheduleMeeting'>
type Output = TopicsOutput<'scheduleMeeting'>

/** Puts the meeting's topics on its agenda (those not there yet) and rebuilds the board if any moved. */
async function completeAgenda(ctx: Ctx, meeting: MeetingDoc): Promise<MeetingDoc> {
  const topics = await agendaTopics(ctx, meeting.orgId, meeting.topicIds)
  const moved = await moveAgenda(ctx, meeting, 'schedule', topics, () => ({ meetingId: meeting._id }))
  if (moved.length > 0) await rebuildBoard(ctx.store, meeting.orgId, ctx.clock.now())
  return meeting
}

function meetingOf(ctx: Ctx, id: string, input: Input): MeetingDoc {
  const { orgId, form, startsAt, place, host, invitedMemberIds, representatives, guests, topicIds } = input
  return { ...stamp(ctx, id), orgId, form, startsAt, place, host, invitedMemberIds, representatives, guests, topicIds, status: 'scheduled', attendance: [], records: [] }
}

async function create(ctx: Ctx, access: OrgAccess, id: string, input: Input): Promise<MeetingDoc> {
  await assertActiveMembers(ctx, input.orgId, input.invitedMemberIds)
  const topics = await agendaTopics(ctx, input.orgId, input.topicIds)
  for (const topic of topics) assertCanTake(topic, id, 'schedule')
  const { doc: saved, created } = await insertOnce(ctx, 'meetings', meetingOf(ctx, id, input))
  if (created) {
    await audit(ctx, {
      action: 'scheduleMeeting',
      orgId: input.orgId,
      actorName: access.actorName,
      target: { collection: 'meetings', id },
      summary: `安排了议事（${topics.map((t) => t.title).join('、')}）`,
    })
    // “会议召开要提前告知执委”: each member asked is told once, when the meeting is made
    await notifyInvited(ctx, saved, saved.invitedMemberIds, '请您参会')
  }
  return saved
}

export async function scheduleMeeting(input: Input, ctx: CtxOf<'topics.scheduleMeeting'>): Promise<Output> {
  assertDistinct('topicIds', input.topicIds)
  assertDistinct('invitedMemberIds', input.invitedMemberIds)
  const { access } = ctx
  const id = newId(ctx, 'topics.scheduleMeeting', input.orgId)
  const meeting = (await earlierCreate<MeetingDoc>(ctx, 'meetings', id)) ?? (await create(ctx, access, id, input))
  return { meeting: await completeAgenda(ctx, meeting) }
}
