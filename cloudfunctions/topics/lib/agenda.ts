// A meeting's agenda, checked and then moved on. Everything is checked before the first
// write: no id twice, the invited members are active members of the federation, every
// agenda topic is its own and may take the step now. The moves themselves can be resumed:
// a topic an earlier try of the same call already moved is left as it is, so a retried
// call completes what an interrupted one began instead of failing half-way.
import type { MeetingDoc, MemberDoc, TopicDoc, TopicState } from '../../../types'
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'
import { invalid } from '../../common/invalid'
import { updateVersioned } from '../../common/writes'
import { loadTopic } from './access'
import { stepFrom } from './lifecycle'
import { notifySubmitter } from './notifySubmitter'

/**
 * The steps a meeting takes its topics through: onto the agenda, then decided — or, when
 * the meeting ran out of time for one, back to 已立项 for a later meeting.
 */
export type AgendaStep = 'schedule' | 'decide' | 'defer'
const REACHES: Record<AgendaStep, TopicState> = { schedule: 'scheduled', decide: 'decided', defer: 'accepted' }

export function assertDistinct(field: string, ids: string[]): void {
  if (new Set(ids).size !== ids.length) throw invalid(field, '有重复的项')
}

export async function assertActiveMembers(ctx: Ctx, orgId: string, memberIds: string[]): Promise<void> {
  if (memberIds.length === 0) return
  const found = await ctx.store.find<MemberDoc>('members', { _id: { $in: memberIds }, orgId, status: 'active' }, { limit: memberIds.length })
  if (found.length !== memberIds.length) throw invalid('invitedMemberIds', '只能邀请本妇联的在任成员')
}

/** The topics, in the order asked, each of this org; NOT_FOUND otherwise. */
export async function agendaTopics(ctx: Ctx, orgId: string, topicIds: string[]): Promise<TopicDoc[]> {
  const found = await ctx.store.find<TopicDoc>('topics', { _id: { $in: topicIds }, orgId }, { limit: topicIds.length })
  const byId = new Map(found.map((t) => [t._id, t]))
  return topicIds.map((id) => {
    const topic = byId.get(id)
    if (!topic) throw new AppError('NOT_FOUND', '议程中有找不到的议题')
    return topic
  })
}

/** The topic already took `step` at this meeting (an earlier try of the same call moved it). */
const movedAt = (topic: TopicDoc, meetingId: string, step: AgendaStep): boolean =>
  step === 'defer' ? !(topic.state === 'scheduled' && topic.meetingId === meetingId) : topic.state === REACHES[step] && topic.meetingId === meetingId

/** CONFLICT unless the topic may take `step` now (to be decided, it must be on this meeting). */
export function assertCanTake(topic: TopicDoc, meetingId: string, step: AgendaStep): void {
  stepFrom(topic, step)
  if (step !== 'schedule' && topic.meetingId !== meetingId) throw new AppError('CONFLICT', `议题“${topic.title}”不在这次议事的议程上`)
}

async function moveOne(ctx: Ctx, topic: TopicDoc, meetingId: string, step: AgendaStep, fields: Partial<TopicDoc>): Promise<TopicDoc | null> {
  try {
    return await updateVersioned(ctx, 'topics', topic, topic.version, { ...fields, state: REACHES[step] })
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error
    // two deliveries of the same call racing: the other one moved it
    if (movedAt(await loadTopic(ctx, topic._id), meetingId, step)) return null
    throw error
  }
}

/**
 * Moves the meeting's topics by `step` (all of them checked first), skipping the ones
 * already moved; tells each submitter. Returns the topics this call moved.
 */
export async function moveAgenda(ctx: Ctx, meeting: MeetingDoc, step: AgendaStep, topics: TopicDoc[], fieldsOf: (topic: TopicDoc) => Partial<TopicDoc>): Promise<TopicDoc[]> {
  const pending = topics.filter((topic) => !movedAt(topic, meeting._id, step))
  for (const topic of pending) assertCanTake(topic, meeting._id, step)
  const moved: TopicDoc[] = []
  for (const topic of pending) {
    const saved = await moveOne(ctx, topic, meeting._id, step, fieldsOf(topic))
    if (!saved) continue
    moved.push(saved)
    await notifySubmitter(ctx, saved, REACHES[step])
  }
  return moved
}
