// topics.listMeetings (议事会议): an org's meetings for its chair — those still to be
// recorded, earliest first (an overdue one heads the list), or the recorded ones, latest
// first — each with the titles of its agenda. Paged by the (orgId, status, startsAt) index.
import type { MeetingDoc, TopicDoc } from '../../../types'
import type { Ctx } from '../../common/context'
import type { CtxOf } from '../../common/policy'
import { page } from '../../common/paging'
import type { TopicsInput, TopicsOutput } from '../lib/types'

type Input = TopicsInput<'listMeetings'>
type Output = TopicsOutput<'listMeetings'>

/** The titles of every agenda topic on the page, in one read. */
async function titlesOf(ctx: Ctx, meetings: MeetingDoc[]): Promise<Map<string, string>> {
  const ids = [...new Set(meetings.flatMap((m) => m.topicIds))]
  if (ids.length === 0) return new Map()
  const found = await ctx.store.find<TopicDoc>('topics', { _id: { $in: ids } }, { limit: ids.length })
  return new Map(found.map((topic) => [topic._id, topic.title]))
}

export async function listMeetings(input: Input, ctx: CtxOf<'topics.listMeetings'>): Promise<Output> {
  const { org } = ctx.access
  const { items, nextCursor } = await page<MeetingDoc>(ctx, {
    collection: 'meetings',
    filter: { orgId: org._id, status: input.status },
    field: 'startsAt',
    cursor: input.cursor,
    limit: input.limit,
    direction: input.status === 'scheduled' ? 1 : -1,
  })
  const titles = await titlesOf(ctx, items)
  const meetings = items.map((m) => ({ ...m, topicTitles: m.topicIds.flatMap((id) => (titles.has(id) ? [titles.get(id) as string] : [])) }))
  return { meetings, nextCursor }
}
