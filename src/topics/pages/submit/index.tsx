// 提议题: a woman says what the problem is and what she proposes, picks a category
// and how it reached the federation, and may ask not to be named publicly.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { TOPIC_CATEGORIES, TOPIC_CATEGORY_LABEL, TOPIC_CHANNELS, TOPIC_CHANNEL_LABEL } from '../../../../types/topicModel'
import { Section } from '../../../components/Section'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { replacePage } from '../../../lib/routes'
import { topicUrl } from '../../../lib/topicRoutes'
import { Choices } from '../../../staff/components/Choices'
import { FormField } from '../../../staff/components/FormField'
import { SaveBar } from '../../../staff/components/SaveBar'
import { TextArea, TextInput } from '../../../staff/components/TextInput'
import { errorAt } from '../../../staff/lib/fieldErrors'
import { initialTopicValues, type TopicValues, useSubmitTopic } from '../../hooks/useSubmitTopic'
import { rememberMyTopic } from '../../lib/myTopics'
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
  const [values, setValues] = useState<TopicValues>(initialTopicValues)
  const set = <K extends keyof TopicValues>(field: K, value: TopicValues[K]) => setValues((current) => ({ ...current, [field]: value }))
  const { busy, errors, notice, submit } = useSubmitTopic(orgId)
  const send = async () => {
    const topic = await submit(values)
    if (!topic) return
    rememberMyTopic({ topicId: topic._id, orgId })
    void Taro.showToast({ title: '已提交', icon: 'success' })
    replacePage(topicUrl(topic._id))
  }
  return (
    <View className='page topic-submit-page'>
      <Section title='提议题' note='主席审核后公开'>
        <FormField label='议题标题' name='title' required error={errorAt(errors, 'title')}>
          <TextInput className='topic-title-input' value={values.title} maxLength={40} onChange={(text) => set('title', text)} />
        </FormField>
        <FormField label='遇到了什么问题' name='problem' required error={errorAt(errors, 'problem')}>
          <TextArea className='topic-problem-input' value={values.problem} onChange={(text) => set('problem', text)} />
        </FormField>
        <FormField label='您的建议' name='proposal' error={errorAt(errors, 'proposal')}>
          <TextArea className='topic-proposal-input' value={values.proposal} onChange={(text) => set('proposal', text)} />
        </FormField>
        <FormField label='类别' name='category' error={errorAt(errors, 'category')}>
          <Choices className='topic-category' options={TOPIC_CATEGORIES.map((value) => ({ value, label: TOPIC_CATEGORY_LABEL[value] }))} selected={[values.category]} onToggle={(value) => set('category', value)} />
        </FormField>
        <FormField label='怎么反映给妇联的' name='channel' error={errorAt(errors, 'channel')}>
          <Choices className='topic-channel' options={TOPIC_CHANNELS.map((value) => ({ value, label: TOPIC_CHANNEL_LABEL[value] }))} selected={[values.channel]} onToggle={(value) => set('channel', value)} />
        </FormField>
        <FormField label='您的称呼' name='name' required hint='如：王阿姨、3 号楼李女士' error={errorAt(errors, 'name')}>
          <TextInput className='topic-name-input' value={values.name} maxLength={20} onChange={(text) => set('name', text)} />
        </FormField>
        <Anonymous on={values.anonymous} onToggle={() => set('anonymous', !values.anonymous)} />
      </Section>
      {notice ? <Text className='topic-notice submit-notice'>{notice}</Text> : null}
      <SaveBar busy={busy} onSave={() => void send()} errors={errors} shownFields={FIELDS} text='提交议题' />
    </View>
  )
}
