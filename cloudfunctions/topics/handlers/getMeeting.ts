// topics.getMeeting: one meeting as stored (its version included) with the topics on its
// agenda, in agenda order — what the record form needs, so a meeting scheduled on one
// phone can be recorded on another. The chair of the org, or of a federation above it.
import type { TopicDoc } from '../../../types'
import type { CtxOf } from '../../common/policy'
import type { TopicsInput, TopicsOutput } from '../lib/types'
import { chairView } from '../lib/views'

type Input = TopicsInput<'getMeeting'>
type Output = TopicsOutput<'getMeeting'>

export async function getMeeting(_input: Input, ctx: CtxOf<'topics.getMeeting'>): Promise<Output> {
  const meeting = ctx.access.doc
  const found = await ctx.store.find<TopicDoc>('topics', { _id: { $in: meeting.topicIds } }, { limit: meeting.topicIds.length })
  const byId = new Map(found.map((topic) => [topic._id, topic]))
  const topics = meeting.topicIds.flatMap((id) => {
    const topic = byId.get(id)
    return topic ? [chairView(topic, ctx)] : []
  })
  return { meeting, topics }
}
