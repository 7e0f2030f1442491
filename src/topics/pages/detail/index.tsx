// One topic as the public sees it: what the problem is, what is proposed, where it
// stands, the decision and the outcome; and 附议 (once per person).
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { TopicView } from '../../../../types/topics'
import { asApiError, call } from '../../../api'
import { ActionButton } from '../../../components/ActionButton'
import { StateView } from '../../../components/StateView'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { openPage } from '../../../lib/routes'
import { meUrl } from '../../../lib/staffRoutes'
import { topicUrl } from '../../../lib/topicRoutes'
import { TopicFacts } from '../../components/TopicFacts'
import { useTopic } from '../../hooks/useTopic'
import '../topics.css'

function SecondBar({ topic, onSeconded }: { topic: TopicView; onSeconded: (count: number) => void }) {
  const [busy, setBusy] = useState(false)
  const second = async () => {
    if (busy) return
    setBusy(true)
    try {
      const result = await call('topics', 'second', { topicId: topic._id })
      onSeconded(result.secondCount)
      void Taro.showToast({ title: '已附议', icon: 'success' })
    } catch (caught) {
      const error = asApiError(caught)
      if (error.code === 'UNAUTHENTICATED') openPage(meUrl())
      const title = error.code === 'RATE_LIMITED' ? '操作太频繁了，请过一会儿再试' : error.message
      void Taro.showModal({ title: '没有附议成功', content: title, showCancel: false, confirmText: '知道了' })
    } finally {
      setBusy(false)
    }
  }
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
  const { state, reload, setState } = useTopic(topicId)
  if (state.status === 'loading') return <StateView kind='loading' title='正在读取议题…' />
  if (state.status === 'error') return <StateView kind='error' title='议题没有打开' detail={state.error.message} actionText='重新加载' onAction={() => void reload()} />
  const { topic } = state
  return (
    <View className='page topic-page'>
      {topic.mine && !topic.public ? <Text className='topic-notice'>这是您提的议题，立项后才会公开。</Text> : null}
      <TopicFacts topic={topic} />
      {topic.mergedInto ? <ActionButton className='merged-into-button' variant='plain' text='查看合并后的议题' onClick={() => openPage(topicUrl(topic.mergedInto ?? ''))} /> : null}
      <SecondBar topic={topic} onSeconded={(secondCount) => setState({ status: 'ready', topic: { ...topic, secondCount, seconded: true } })} />
    </View>
  )
}
