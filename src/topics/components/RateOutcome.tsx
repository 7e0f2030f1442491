// Under a topic whose outcome is published, a resident who seconded it says how satisfied
// she is (002 第七条 亮成效: "工作活动开展后，及时公布成效及群众满意度。"), once; the board shows
// only the counts.
import { Text, View } from '@tarojs/components'
import type { TopicView } from '../../../types/topics'
import { outcomePublished, SATISFACTION_LABEL, SATISFACTION_LEVELS, type SatisfactionLevel } from '../../../types/topicModel'
import { ActionButton } from '../../components/ActionButton'
import { useRateOutcome } from '../hooks/useRateOutcome'

export interface RateOutcomeProps {
  topic: TopicView
  onRated: (rating: SatisfactionLevel) => void
}

export function RateOutcome({ topic, onRated }: RateOutcomeProps) {
  const { busy, rate } = useRateOutcome(topic._id, onRated)
  if (!topic.public || !topic.seconded || !outcomePublished(topic)) return null
  if (topic.myRating) {
    return (
      <View className='topic-rating'>
        <Text className='topic-rating__done'>您对结果的评价：{SATISFACTION_LABEL[topic.myRating]}</Text>
      </View>
    )
  }
  return (
    <View className='topic-rating'>
      <Text className='topic-rating__ask'>您附议过这个议题，对结果满意吗？（每人评价一次，只公布人数）</Text>
      <View className='topic-rating__choices'>
        {SATISFACTION_LEVELS.map((level) => (
          <ActionButton
            key={level}
            className={`rate-button rate-button--${level}`}
            variant='plain'
            text={SATISFACTION_LABEL[level]}
            onClick={() => void (busy ? null : rate(level))}
          />
        ))}
      </View>
    </View>
  )
}
