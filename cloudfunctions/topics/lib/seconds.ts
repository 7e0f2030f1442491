// Seconds (附议) as stored: one document per topic and person, its `_id` derived from
// both so a second insert is refused, and the lookup of which listed topics the caller
// has seconded.
import { createHash } from 'node:crypto'
import type { TopicDoc } from '../../../types'
import type { Ctx } from '../../common/context'

export function secondId(topicId: string, openid: string): string {
  return createHash('sha256').update(`${topicId}\u0000${openid}`).digest('hex').slice(0, 32)
}

/** Which of `topics` the caller has seconded (one read by `_id`). */
export async function secondedBy(ctx: Ctx, topics: TopicDoc[]): Promise<Set<string>> {
  const openid = ctx.caller.openid
  if (!openid || topics.length === 0) return new Set()
  const ids = topics.map((t) => secondId(t._id, openid))
  const found = await ctx.store.find<{ _id: string; topicId: string }>('topic_seconds', { _id: { $in: ids } }, { limit: ids.length })
  return new Set(found.map((s) => s.topicId))
}
