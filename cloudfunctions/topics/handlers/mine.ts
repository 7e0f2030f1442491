// topics.mine (我提的议题): the caller's own topics in every state — pending and declined
// ones too, which no public list has — newest first, by the (submitterOpenid, createdAt)
// index. Whatever phone she uses, she sees the same list.
import type { TopicDoc } from '../../../types'
import type { Ctx } from '../../common/context'
import { page } from '../../common/paging'
import { secondedBy } from '../lib/seconds'
import type { TopicsInput, TopicsOutput } from '../lib/types'
import { publicView } from '../lib/views'

type Input = TopicsInput<'mine'>
type Output = TopicsOutput<'mine'>

export async function mine(input: Input, ctx: Ctx): Promise<Output> {
  const filter = { submitterOpenid: ctx.caller.openid as string }
  const { items, nextCursor } = await page<TopicDoc>(ctx, { collection: 'topics', filter, field: 'createdAt', cursor: input.cursor, limit: input.limit })
  const seconded = await secondedBy(ctx, items)
  return { topics: items.map((t) => publicView(t, ctx, seconded.has(t._id))), nextCursor }
}
