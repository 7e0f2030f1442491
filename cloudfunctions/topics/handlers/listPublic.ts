// topics.listPublic: a federation's accepted topics, newest first, for anybody (the
// board's 议事 section) — with the count of seconds and whether the caller seconded each.
import type { TopicDoc } from '../../../types'
import { loadOrg } from '../../common/access'
import type { Ctx } from '../../common/context'
import { page } from '../../common/paging'
import type { TopicsInput, TopicsOutput } from '../lib/types'
import { secondedBy } from '../lib/seconds'
import { publicView } from '../lib/views'

type Input = TopicsInput<'listPublic'>
type Output = TopicsOutput<'listPublic'>

export async function listPublic(input: Input, ctx: Ctx): Promise<Output> {
  const org = await loadOrg(ctx, input.orgId)
  const { items, nextCursor } = await page<TopicDoc>(ctx, {
    collection: 'topics',
    filter: { orgId: org._id, public: true },
    field: 'publishedAt',
    cursor: input.cursor,
    limit: input.limit,
  })
  const seconded = await secondedBy(ctx, items)
  return { topics: items.map((t) => publicView(t, ctx, seconded.has(t._id))), nextCursor }
}
