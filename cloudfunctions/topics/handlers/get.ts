// topics.get: one topic. Anybody sees a public one; the submitter also sees her own
// pending or declined topic; chairs of the org (or above it) see all, with every name. It
// carries the form of the 议事 that took it up and the caller's own rating of its outcome.
import { AppError } from '../../common/errors'
import type { CtxOf } from '../../common/policy'
import { seesAll } from '../lib/access'
import type { MeetingDoc, TopicSecondDoc } from '../../../types'
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
  // the 议事 form it was taken up in (附件4 三, 执委工作手册 六(四)): a resident reads 走访议事, 群众评事 …
  const meeting = topic.meetingId ? await ctx.store.getById<MeetingDoc>('meetings', topic.meetingId) : null
  const meetingForm = meeting?.form ?? null
  if (seesAll(standing)) return { topic: { ...chairView(topic, ctx, seconded), meetingForm, myRating } }
  const mine = ctx.caller.openid !== null && ctx.caller.openid === topic.submitterOpenid
  if (!topic.public && !mine) throw new AppError('NOT_FOUND', '没有找到这个议题')
  return { topic: { ...publicView(topic, ctx, seconded), meetingForm, myRating } }
}
