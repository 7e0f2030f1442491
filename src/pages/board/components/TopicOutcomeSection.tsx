// 议事成果 (亮成效): what became of the federation's accepted topics — the decision and
// how it was carried out — and the way into the full 议事 list.
import { Image, Text, View } from '@tarojs/components'
import type { BoardTopic } from '../../../../types/board'
import { TOPIC_STATE_LABEL } from '../../../../types/vocabulary'
import { Section } from '../../../components/Section'
import { viewPhoto } from '../../../lib/photos'
import { openPage } from '../../../lib/routes'
import { publicTopicsUrl, topicUrl } from '../../../lib/topicRoutes'
import './TopicOutcomeSection.css'

export interface TopicOutcomeSectionProps {
  orgId: string
  /** absent on a board stored before 议事 existed, until its next rebuild */
  topics: BoardTopic[] | undefined
}

function TopicItem({ topic }: { topic: BoardTopic }) {
  return (
    <View className='board-topic' onClick={() => openPage(topicUrl(topic.id))}>
      <View className='board-topic__head'>
        <Text className='board-topic__title'>{topic.title}</Text>
        <Text className='board-topic__state'>{TOPIC_STATE_LABEL[topic.state]}</Text>
      </View>
      {topic.decision ? <Text className='board-topic__line'>议定：{topic.decision}</Text> : null}
      {topic.resultText ? <Text className='board-topic__line board-topic__result'>{topic.resultText}</Text> : null}
      {topic.photos.length ? (
        <View className='board-topic__photos'>
          {topic.photos.slice(0, 3).map((url) => (
            <Image key={url} className='board-topic__photo' src={url} mode='aspectFill' lazyLoad onClick={() => viewPhoto(url, topic.photos)} />
          ))}
        </View>
      ) : null}
      <Text className='board-topic__note'>{topic.secondCount} 人附议</Text>
    </View>
  )
}

export function TopicOutcomeSection({ orgId, topics }: TopicOutcomeSectionProps) {
  if (!topics) return null
  return (
    <Section title='议事成果' className='board-topics' note={`${topics.length} 项`}>
      {topics.length === 0 ? <Text className='board-topic__empty'>还没有公开的议题。有想法，可以在「议事」里提出。</Text> : null}
      {topics.map((topic) => (
        <TopicItem key={topic.id} topic={topic} />
      ))}
      <Text className='board-topics__more' onClick={() => openPage(publicTopicsUrl(orgId))}>
        查看全部议题 ›
      </Text>
    </Section>
  )
}
