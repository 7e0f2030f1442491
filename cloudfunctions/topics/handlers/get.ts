// topics.get: one topic. Anybody sees a public one; the submitter also sees her own
// pending or declined topic; chairs of the org (or above it) see all, with every name.
import { AppError } from '../../common/errors'
import type { CtxOf } from '../../common/policy'
import { seesAll } from '../lib/access'
import type { TopicSecondDoc } from '../../../types'
import { secondId } from '../lib/seconds'
import type { TopicsInput, TopicsOutput } from '../lib/types'
import { chairView, publicView } from '../lib/views'

type Input = TopicsInput<'get'>
type Output = TopicsOutput<'get'>

export async function get(_input: Input, ctx: CtxOf<'topics.get'>): Promise<Output> {
  const { doc: topic, standing } = ctx.access
  const openid = ctx.caller.openid
  const second = openid ? await ctx.store.getById<TopicSecondDoc>('topic_seconds', secondId(topic._id, openid)) : null
  const seconded = second !== null
  const myRating = second?.rating ?? null
  if (seesAll(standing)) return { topic: { ...chairView(topic, ctx, seconded), myRating } }
  const mine = ctx.caller.openid !== null && ctx.caller.openid === topic.submitterOpenid
  if (!topic.public && !mine) throw new AppError('NOT_FOUND', '没有找到这个议题')
  return { topic: { ...publicView(topic, ctx, seconded), myRating } }
}
