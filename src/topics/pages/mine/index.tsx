// 我提的议题: the topics she raised from this phone and where each stands, including
// the ones not (yet) public.
import { useCallback, useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import type { TopicView } from '../../../../types/topics'
import { call } from '../../../api'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { TopicRow } from '../../components/TopicRow'
import { myTopics } from '../../lib/myTopics'
import '../topics.css'

export default function MyTopicsPage() {
  const orgId = readParam(usePageParams(), 'orgId')
  const [topics, setTopics] = useState<TopicView[] | null>(null)
  const load = useCallback(async () => {
    const found = await Promise.all(myTopics(orgId).map((topicId) => call('topics', 'get', { topicId }).then((r) => r.topic, () => null)))
    setTopics(found.filter((topic): topic is TopicView => topic !== null))
  }, [orgId])
  useEffect(() => {
    void load()
  }, [load])
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })
  if (!topics) return <StateView kind='loading' title='正在读取…' />
  return (
    <View className='page my-topics-page'>
      <Section title='我提的议题' note={`${topics.length} 项`}>
        {topics.length === 0 ? <Text className='page-note'>在这部手机上还没有提过议题。</Text> : null}
        {topics.map((topic) => (
          <TopicRow key={topic._id} topic={topic} />
        ))}
      </Section>
    </View>
  )
}
