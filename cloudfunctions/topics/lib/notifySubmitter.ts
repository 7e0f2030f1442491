// Tells the submitter that her topic moved on, in neutral words (the topic's title and
// its new state). A notification that cannot be sent never undoes the step: it is logged.
import { TOPIC_STATE_LABEL, type TopicDoc, type TopicState } from '../../../types'
import { topicPath } from '../../../types/routes'
import type { Ctx } from '../../common/context'
import { notifyUser } from '../../common/notify'

const TOPIC_TEMPLATE = 'topicProgress'

export async function notifySubmitter(ctx: Ctx, topic: Pick<TopicDoc, '_id' | 'title' | 'submitterOpenid'>, state: TopicState, once?: string): Promise<void> {
  await notifyUser(
    ctx,
    {
      openid: topic.submitterOpenid,
      template: TOPIC_TEMPLATE,
      page: topicPath(topic._id),
      thing: Array.from(`议题：${topic.title}`).slice(0, 20).join(''),
      phrase: TOPIC_STATE_LABEL[state].slice(0, 5),
    },
    once,
  )
}
