// topics.get: one topic. Anybody sees a public one; the submitter also sees her own
// pending or declined topic; chairs of the org (or above it) see all, with every name.
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'
import { loadOrg, loadTopic, seesAll, standingIn } from '../lib/access'
import type { TopicsInput, TopicsOutput } from '../lib/types'
import { chairView, publicView } from '../lib/views'
import { secondedBy } from './listPublic'

type Input = TopicsInput<'get'>
type Output = TopicsOutput<'get'>

export async function get(input: Input, ctx: Ctx): Promise<Output> {
  const topic = await loadTopic(ctx, input.topicId)
  const standing = await standingIn(ctx, await loadOrg(ctx, topic.orgId))
  const seconded = (await secondedBy(ctx, [topic])).has(topic._id)
  if (seesAll(standing)) return { topic: chairView(topic, ctx, seconded) }
  const mine = ctx.caller.openid !== null && ctx.caller.openid === topic.submitterOpenid
  if (!topic.public && !mine) throw new AppError('NOT_FOUND', '没有找到这个议题')
  return { topic: publicView(topic, ctx, seconded) }
}
