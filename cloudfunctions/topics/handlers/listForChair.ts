// topics.listForChair: the chair's work list — every topic of her federation (pending
// ones included, with every submitter's name), or the topics her children escalated to
// her (上报, 002 附件4 七). Newest first, by an index.
import type { TopicDoc } from '../../../types'
import type { Ctx } from '../../common/context'
import type { Filter } from '../../common/store/port'
import { accessOrg } from '../lib/access'
import { page } from '../lib/paging'
import type { TopicsInput, TopicsOutput } from '../lib/types'
import { chairView } from '../lib/views'
import { secondedBy } from './listPublic'

type Input = TopicsInput<'listForChair'>
type Output = TopicsOutput<'listForChair'>

export async function listForChair(input: Input, ctx: Ctx): Promise<Output> {
  const { org } = await accessOrg(ctx, 'listForChair', input.orgId)
  const filter: Filter = input.scope === 'own' ? { orgId: org._id } : { escalatedToOrgId: org._id }
  if (input.state) filter.state = input.state
  const { items, nextCursor } = await page<TopicDoc>(ctx, { collection: 'topics', filter, field: 'createdAt', cursor: input.cursor, limit: input.limit })
  const seconded = await secondedBy(ctx, items)
  return { topics: items.map((t) => chairView(t, ctx, seconded.has(t._id))), nextCursor }
}
