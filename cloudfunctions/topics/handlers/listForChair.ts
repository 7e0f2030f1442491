// topics.listForChair: the chair's work list — every topic of her federation (pending
// ones included, with every submitter's name), or the topics her children escalated to
// her (上报, 执委议事制度 七). Newest first, by an index.
import type { TopicDoc } from '../../../types'
import type { Filter } from '../../common/store/port'
import type { CtxOf } from '../../common/policy'
import { page } from '../../common/paging'
import { secondedBy } from '../lib/seconds'
import type { TopicsInput, TopicsOutput } from '../lib/types'
import { chairView } from '../lib/views'

type Input = TopicsInput<'listForChair'>
type Output = TopicsOutput<'listForChair'>

export async function listForChair(input: Input, ctx: CtxOf<'topics.listForChair'>): Promise<Output> {
  const { org } = ctx.access
  const filter: Filter = input.scope === 'own' ? { orgId: org._id } : { escalatedToOrgId: org._id }
  if (input.state) filter.state = input.state
  const { items, nextCursor } = await page<TopicDoc>(ctx, { collection: 'topics', filter, field: 'createdAt', cursor: input.cursor, limit: input.limit })
  const seconded = await secondedBy(ctx, items)
  return { topics: items.map((t) => chairView(t, ctx, seconded.has(t._id))), nextCursor }
}
