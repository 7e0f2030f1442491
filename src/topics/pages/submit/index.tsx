// 提议题: a woman says what the problem is and what she proposes, picks a category
// and how it reached the federation, and may ask not to be named publicly.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Section } from '../../../components/Section'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { replacePage } from '../../../lib/routes'
import { topicUrl } from '../../../lib/topicRoutes'
import { SaveBar } from '../../../staff/components/SaveBar'
import { TopicFields } from '../../components/TopicFields'
import { initialTopicValues, type TopicValues, useSubmitTopic } from '../../hooks/useSubmitTopic'
import '../topics.css'

const FIELDS = ['title', 'problem', 'proposal', 'category', 'channel', 'name', 'anonymous'] as const

function Anonymous({ on, onToggle }: { on: boolean; onToggle: () => void }) {
  return (
    <View className='topic-anonymous anonymous-toggle' onClick={onToggle}>
      <Text className='topic-anonymous__box'>{on ? '✓' : ''}</Text>
      <Text>不公开我的姓名</Text>
    </View>
  )
}

export default function SubmitTopicPage() {
  const orgId = readParam(usePageParams(), 'orgId')
  const [values, setValues] = useState<TopicValues>(() => initialTopicValues())
  const set = <K extends keyof TopicValues>(field: K, value: TopicValues[K]) => setValues((current) => ({ ...current, [field]: value }))
  const { busy, errors, notice, submit } = useSubmitTopic(orgId)
  const send = async () => {
    const topic = await submit(values)
    if (!topic) return
    void Taro.showToast({ title: '已提交', icon: 'success' })
    replacePage(topicUrl(topic._id))
  }
  return (
    <View className='page topic-submit-page'>
      <Section title='提议题' note='主席审核后公开'>
        <TopicFields values={values} errors={errors} set={set} voice='her' />
        <Anonymous on={values.anonymous} onToggle={() => set('anonymous', !values.anonymous)} />
      </Section>
      {notice ? <Text className='topic-notice submit-notice'>{notice}</Text> : null}
      <SaveBar busy={busy} onSave={() => void send()} errors={errors} shownFields={FIELDS} text='提交议题' />
    </View>
  )
}
