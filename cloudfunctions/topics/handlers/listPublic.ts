// topics.listPublic: a federation's accepted topics, newest first, for anybody (the
// board's 议事 section) — with the count of seconds and whether the caller seconded each.
import type { TopicDoc } from '../../../types'
import type { Ctx } from '../../common/context'
import { loadOrg } from '../lib/access'
import { page } from '../lib/paging'
import type { TopicsInput, TopicsOutput } from '../lib/types'
import { publicView } from '../lib/views'
import { secondId } from './second'

type Input = TopicsInput<'listPublic'>
type Output = TopicsOutput<'listPublic'>

/** Which of `topics` the caller has seconded (one read by `_id`). */
export async function secondedBy(ctx: Ctx, topics: TopicDoc[]): Promise<Set<string>> {
  const openid = ctx.caller.openid
  if (!openid || topics.length === 0) return new Set()
  const ids = topics.map((t) => secondId(t._id, openid))
  const found = await ctx.store.find<{ _id: string; topicId: string }>('topic_seconds', { _id: { $in: ids } }, { limit: ids.length })
  return new Set(found.map((s) => s.topicId))
}

export async function listPublic(input: Input, ctx: Ctx): Promise<Output> {
  const org = await loadOrg(ctx, input.orgId)
  const { items, nextCursor } = await page<TopicDoc>(ctx, { collection: 'topics', filter: { orgId: org._id, public: true }, field: 'publishedAt', cursor: input.cursor, limit: input.limit })
  const seconded = await secondedBy(ctx, items)
  return { topics: items.map((t) => publicView(t, ctx, seconded.has(t._id))), nextCursor }
}
