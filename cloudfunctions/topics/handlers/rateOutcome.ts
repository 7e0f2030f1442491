// topics.rateOutcome (群众满意度): a resident who seconded a topic rates its published
// outcome 满意 / 基本满意 / 不满意, once. 002 第七条 亮成效: "工作活动开展后，及时公布成效及群众满意度。"
// The rating is written on her 附议 document by one conditional update (so two racing taps
// record one rating), and the board's counts are rebuilt at once: they are public.
import { outcomePublished, type TopicSecondDoc } from '../../../types'
import { AppError } from '../../common/errors'
import type { CtxOf } from '../../common/policy'
import { rebuildBoard } from '../../shared/boardDocument'
import { audit } from '../lib/record'
import { secondId } from '../lib/seconds'
import type { TopicsInput, TopicsOutput } from '../lib/types'
import { SATISFACTION_LABEL } from '../../../types'

type Input = TopicsInput<'rateOutcome'>
type Output = TopicsOutput<'rateOutcome'>

const RATED_ALREADY = '您已经评价过这个议题的结果，每人只能评价一次'

export async function rateOutcome(input: Input, ctx: CtxOf<'topics.rateOutcome'>): Promise<Output> {
  const { access } = ctx
  const topic = access.doc
  if (!topic.public) throw new AppError('NOT_FOUND', '没有找到这个议题')
  if (!outcomePublished(topic)) throw new AppError('CONFLICT', '这个议题的结果还没有公布，公布以后才能评价')
  const id = secondId(topic._id, ctx.caller.openid as string)
  const second = await ctx.store.getById<TopicSecondDoc>('topic_seconds', id)
  if (!second) throw new AppError('FORBIDDEN', '只有附议过这个议题的居民可以评价它的结果')
  if (second.rating) throw new AppError('CONFLICT', RATED_ALREADY)
  const now = ctx.clock.now()
  const ratedAt = now.toISOString()
  const won = await ctx.store.update('topic_seconds', { _id: id, rating: { $exists: false } }, { $set: { rating: input.rating, ratedAt, orgId: topic.orgId } })
  if (won === 0) throw new AppError('CONFLICT', RATED_ALREADY)
  await audit(ctx, {
    action: 'rateOutcome',
    orgId: topic.orgId,
    actorName: access.actorName,
    target: { collection: 'topics', id: topic._id },
    summary: `评价了议题 ${topic.title} 的结果：${SATISFACTION_LABEL[input.rating]}`,
  })
  await rebuildBoard(ctx.store, topic.orgId, now)
  return { rating: input.rating, ratedAt }
}
