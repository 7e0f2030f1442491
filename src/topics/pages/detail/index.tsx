// One topic as the public sees it: what the problem is, what is proposed, where it
// stands, the decision and the outcome; 附议 (once per person), and once the outcome is
// published, her rating of it if she seconded it (群众满意度).
import { Text, View } from '@tarojs/components'
import type { TopicView } from '../../../../types/topics'
import { ActionButton } from '../../../components/ActionButton'
import { StateView } from '../../../components/StateView'
import { TopicFacts, TopicNotice } from '../../../components/TopicFacts'
import { useCall } from '../../../hooks/useCall'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { openPage } from '../../../lib/routes'
import { topicUrl } from '../../../lib/topicRoutes'
import { RateOutcome } from '../../components/RateOutcome'
import { useSecond } from '../../hooks/useSecond'
import '../topics.css'

function SecondBar({ topic, onSeconded }: { topic: TopicView; onSeconded: (count: number) => void }) {
  const { busy, second } = useSecond(topic._id, onSeconded)
  return (
    <View className='topic-second'>
      <Text className='topic-second__count'>{topic.secondCount} 人附议</Text>
      {topic.public && !topic.mine ? (
        topic.seconded ? (
          <Text className='topic-second__done'>您已附议</Text>
        ) : (
          <ActionButton className='second-button' text={busy ? '正在附议…' : '附议'} onClick={() => void second()} />
        )
      ) : null}
    </View>
  )
}

export default function TopicPage() {
  const params = usePageParams()
  const topicId = readParam(params, 'topicId') || readParam(params, 'id')
  const { state, refresh, setData } = useCall('topics', 'get', { topicId })
  if (state.status === 'loading') return <StateView kind='loading' title='正在读取议题…' />
  if (state.status === 'error') return <StateView kind='error' title='议题没有打开' detail={state.error.message} actionText='重新加载' onAction={() => void refresh()} />
  const { topic } = state.data
  return (
    <View className='page topic-page'>
      {topic.mine && !topic.public ? <TopicNotice text='这是您提的议题，立项后才会公开。' /> : null}
      <TopicFacts topic={topic} />
      {topic.mergedInto ? <ActionButton className='merged-into-button' variant='plain' text='查看合并后的议题' onClick={() => openPage(topicUrl(topic.mergedInto ?? ''))} /> : null}
      <SecondBar topic={topic} onSeconded={(secondCount) => setData({ topic: { ...topic, secondCount, seconded: true } })} />
      <RateOutcome topic={topic} onRated={(myRating) => setData({ topic: { ...topic, myRating } })} />
    </View>
  )
}
