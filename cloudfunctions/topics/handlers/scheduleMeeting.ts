// topics.scheduleMeeting: the chair calls a meeting (002 附件4 一–三: 主持, 时间, 形式) —
// form, time, place, host, invited members, 妇女代表 and guests (村/社区 书记, 两委) — and
// puts accepted topics on its agenda (已列入议程). A retried request makes one meeting.
import type { MeetingDoc } from '../../../types'
import { rebuildBoard } from '../../common/boardDocument'
import type { Ctx } from '../../common/context'
import { earlierCreate, insertOnce, newId, stamp, updateVersioned } from '../../org/lib/writes'
import { accessOrg } from '../lib/access'
import { assertActiveMembers, assertDistinct, topicsFor } from '../lib/agenda'
import { notifySubmitter } from '../lib/notifySubmitter'
import { audit } from '../lib/record'
import type { TopicsInput, TopicsOutput } from '../lib/types'

type Input = TopicsInput<'scheduleMeeting'>
type Output = TopicsOutput<'scheduleMeeting'>

export async function scheduleMeeting(input: Input, ctx: Ctx): Promise<Output> {
  assertDistinct('topicIds', input.topicIds)
  assertDistinct('invitedMemberIds', input.invitedMemberIds)
  const access = await accessOrg(ctx, 'scheduleMeeting', input.orgId)
  const id = newId(ctx, 'topics.scheduleMeeting', input.orgId)
  const earlier = await earlierCreate<MeetingDoc>(ctx, 'meetings', id)
  if (earlier) return { meeting: earlier }
  await assertActiveMembers(ctx, input.orgId, input.invitedMemberIds)
  const topics = await topicsFor(ctx, input.orgId, input.topicIds, 'schedule')
  const { orgId, form, startsAt, place, host, invitedMemberIds, representatives, guests, topicIds } = input
  const doc: MeetingDoc = { ...stamp(ctx, id), orgId, form, startsAt, place, host, invitedMemberIds, representatives, guests, topicIds, status: 'scheduled', attendance: [], records: [] }
  const { doc: saved, created } = await insertOnce(ctx, 'meetings', doc)
  if (!created) return { meeting: saved }
  for (const topic of topics) {
    const moved = await updateVersioned(ctx, 'topics', topic, topic.version, { state: 'scheduled', meetingId: id })
    await notifySubmitter(ctx, moved, 'scheduled')
  }
  await rebuildBoard(ctx.store, orgId, ctx.clock.now())
  await audit(ctx, {
    action: 'scheduleMeeting',
    orgId,
    actorName: access.actorName,
    target: { collection: 'meetings', id },
    summary: `安排了议事（${topics.map((t) => t.title).join('、')}）`,
  })
  return { meeting: saved }
}
