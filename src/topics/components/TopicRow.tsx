// One topic in a resident's list: title, state badge, category and 附议 count.
import type { TopicView } from '../../../types/topics'
import { TOPIC_CATEGORY_LABEL, TOPIC_STATE_LABEL } from '../../../types/topicModel'
import { ListRow } from '../../components/ListRow'
import { openPage } from '../../lib/routes'
import { topicUrl } from '../../lib/topicRoutes'

const GOOD = new Set(['done', 'feedbackPublished', 'decided'])
const MUTED = new Set(['declined', 'merged', 'notCarriedOut'])

export function TopicRow({ topic }: { topic: TopicView }) {
  const tone = GOOD.has(topic.state) ? 'good' : MUTED.has(topic.state) ? 'muted' : 'warn'
  return (
    <ListRow
      className='topic-row'
      title={topic.title}
      badge={TOPIC_STATE_LABEL[topic.state]}
      badgeTone={tone}
      lines={[`${TOPIC_CATEGORY_LABEL[topic.category]} · ${topic.secondCount} 人附议`]}
      onOpen={() => openPage(topicUrl(topic._id))}
    />
  )
}
