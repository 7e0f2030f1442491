// topics.updateMeeting: before a meeting is recorded the chair may change how, when
// (改期), where, who hosts it and who is asked; its agenda stays. The members asked
// before or now are told in their 消息 — of a new time, or that the arrangements changed.
import type { MeetingDoc } from '../../../types'
import type { CtxOf } from '../../common/policy'
import { updateVersioned } from '../../common/writes'
import { assertActiveMembers, assertDistinct } from '../lib/agenda'
import { assertStillScheduled } from '../lib/meetingState'
import { notifyInvited } from '../lib/notifyInvited'
import { audit } from '../lib/record'
import type { TopicsInput, TopicsOutput } from '../lib/types'

type Input = TopicsInput<'updateMeeting'>
type Output = TopicsOutput<'updateMeeting'>

const ARRANGEMENTS = ['form', 'startsAt', 'place', 'host', 'invitedMemberIds', 'representatives', 'guests'] as const
const LABEL: Record<(typeof ARRANGEMENTS)[number], string> = {
  form: '形式',
  startsAt: '时间',
  place: '地点',
  host: '主持人',
  invitedMemberIds: '参加的执委',
  representatives: '妇女代表',
  guests: '列席人员',
}

const changedOf = (meeting: MeetingDoc, input: Input) => ARRANGEMENTS.filter((field) => JSON.stringify(meeting[field]) !== JSON.stringify(input[field]))

export async function updateMeeting(input: Input, ctx: CtxOf<'topics.updateMeeting'>): Promise<Output> {
  const { access } = ctx
  const meeting = access.doc
  assertDistinct('invitedMemberIds', input.invitedMemberIds)
  assertStillScheduled(meeting, '修改')
  await assertActiveMembers(ctx, meeting.orgId, input.invitedMemberIds)
  const changed = changedOf(meeting, input)
  if (changed.length === 0) return { meeting }
  const { form, startsAt, place, host, invitedMemberIds, representatives, guests } = input
  const saved = await updateVersioned(ctx, 'meetings', meeting, input.version, { form, startsAt, place, host, invitedMemberIds, representatives, guests })
  await audit(ctx, {
    action: 'updateMeeting',
    orgId: meeting.orgId,
    actorName: access.actorName,
    target: { collection: 'meetings', id: meeting._id },
    summary: `修改了议事会的${changed.map((field) => LABEL[field]).join('、')}`,
  })
  await notifyInvited(ctx, saved, [...meeting.invitedMemberIds, ...saved.invitedMemberIds], changed.includes('startsAt') ? '时间有变' : '安排有变')
  return { meeting: saved }
}
