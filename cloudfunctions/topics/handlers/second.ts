// topics.second (附议): a signed-in resident or member backs a public topic, once. The
// second is a document whose `_id` is derived from topic and openid, so a repeat (or two
// racing deliveries) finds it there and changes nothing, and uses no slot of the rate limit.
// The board's count catches up at the board's next rebuild (any review, meeting or
// outcome): rebuilding a whole board on the busiest, least privileged write would cost
// seven reads and a board write per tap, while the topic list shows the live count.
import type { TopicDoc, TopicSecondDoc } from '../../../types'
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'
import type { CtxOf } from '../../common/policy'
import { TOPIC_SECONDS } from '../../common/rateLimit'
import { audit } from '../lib/record'
import { secondId } from '../lib/seconds'
import type { TopicsInput, TopicsOutput } from '../lib/types'

type Input = TopicsInput<'second'>
type Output = TopicsOutput<'second'>

export const SECOND_LIMITED = TOPIC_SECONDS.refusal

async function insertSecond(ctx: Ctx, doc: TopicSecondDoc): Promise<boolean> {
  try {
    await ctx.store.insert('topic_seconds', doc)
    return true
  } catch (error) {
    if (error instanceof AppError && error.code === 'CONFLICT') return false
    throw error
  }
}

export async function second(_input: Input, ctx: CtxOf<'topics.second'>): Promise<Output> {
  const { access } = ctx
  const topic = access.doc
  if (!topic.public) throw new AppError('NOT_FOUND', '没有找到这个议题')
  const openid = ctx.caller.openid as string
  const id = secondId(topic._id, openid)
  if (await ctx.store.getById('topic_seconds', id)) return { secondCount: topic.secondCount, seconded: true }
  await ctx.limit.take()
  if (!(await insertSecond(ctx, { _id: id, topicId: topic._id, openid, createdAt: ctx.clock.now().toISOString() }))) {
    await ctx.limit.giveBack()
    return { secondCount: topic.secondCount, seconded: true }
  }
  await ctx.store.update('topics', { _id: topic._id }, { $inc: { secondCount: 1 } })
  await audit(ctx, { action: 'second', orgId: topic.orgId, actorName: access.actorName, target: { collection: 'topics', id: topic._id }, summary: `附议了议题 ${topic.title}` })
  const fresh = await ctx.store.getById<TopicDoc>('topics', topic._id)
  return { secondCount: fresh?.secondCount ?? topic.secondCount + 1, seconded: true }
}
