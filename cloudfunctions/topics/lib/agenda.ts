// Checks on a meeting's lists the contract cannot express: no id twice, the invited
// members are active members of the federation, and every agenda topic is its own and
// may be put on an agenda (已立项) — all before anything is written.
import type { MemberDoc, TopicDoc, TopicStep } from '../../../types'
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'
import { invalid } from '../../org/lib/invalid'
import { stepFrom } from './lifecycle'

export function assertDistinct(field: string, ids: string[]): void {
  if (new Set(ids).size !== ids.length) throw invalid(field, '有重复的项')
}

export async function assertActiveMembers(ctx: Ctx, orgId: string, memberIds: string[]): Promise<void> {
  if (memberIds.length === 0) return
  const found = await ctx.store.find<MemberDoc>('members', { _id: { $in: memberIds }, orgId, status: 'active' }, { limit: memberIds.length })
  if (found.length !== memberIds.length) throw invalid('invitedMemberIds', '只能邀请本妇联的在任成员')
}

/** The topics, each of this org and allowed to take `step` now; otherwise NOT_FOUND / CONFLICT. */
export async function topicsFor(ctx: Ctx, orgId: string, topicIds: string[], step: TopicStep): Promise<TopicDoc[]> {
  const found = await ctx.store.find<TopicDoc>('topics', { _id: { $in: topicIds }, orgId }, { limit: topicIds.length })
  const byId = new Map(found.map((t) => [t._id, t]))
  return topicIds.map((id) => {
    const topic = byId.get(id)
    if (!topic) throw new AppError('NOT_FOUND', '议程中有找不到的议题')
    stepFrom(topic, step)
    return topic
  })
}
