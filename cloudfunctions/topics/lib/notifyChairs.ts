// Tells a federation's chairs and vice-chairs that a topic arrived and waits for them
// (立项, or a look at text held for review), in neutral words: not its title, which
// nobody but the submitter may see before the chair has looked at it. The one who put it
// in herself is not told. A notification that cannot be sent never undoes the step.
import { TOPIC_STATE_LABEL, type TopicDoc } from '../../../types'
import { staffTopicPath } from '../../../types/routes'
import type { Ctx } from '../../common/context'
import { notifyUser } from '../../common/notify'
import { leadOpenids } from '../../common/staff'

const TOPIC_TEMPLATE = 'topicProgress'
const ARRIVED_THING = '有新的议题待处理'

/** `once`: each told once for all deliveries of the submit (see notifyUser). */
export async function notifyChairsOfTopic(ctx: Ctx, topic: Pick<TopicDoc, '_id' | 'orgId' | 'state'>, once?: string): Promise<void> {
  const openids = (await leadOpenids(ctx.store, topic.orgId)).filter((openid) => openid !== ctx.caller.openid)
  for (const openid of openids) {
    await notifyUser(
      ctx,
      {
        openid,
        template: TOPIC_TEMPLATE,
        page: staffTopicPath(topic.orgId, topic._id),
        thing: ARRIVED_THING,
        phrase: TOPIC_STATE_LABEL[topic.state].slice(0, 5),
      },
      once,
    )
  }
}
