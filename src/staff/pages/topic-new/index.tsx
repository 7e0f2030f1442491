// 代为提交议题: a member (or the chair) enters a topic for a woman she visited (执委走访,
// 002 附件4 五) — her 称呼, what she raised, and a note of when and how it was collected.
// The topic then goes through review like any other; the woman may ask not to be named.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Section } from '../../../components/Section'
import { replacePage } from '../../../lib/routes'
import { chairTopicUrl, topicUrl } from '../../../lib/topicRoutes'
import { TopicFields } from '../../../topics/components/TopicFields'
import { initialTopicValues, type TopicValues, useSubmitTopic } from '../../../topics/hooks/useSubmitTopic'
import { ConsoleShell } from '../../components/ConsoleShell'
import { FormField } from '../../components/FormField'
import { SaveBar } from '../../components/SaveBar'
import { TextInput } from '../../components/TextInput'
import { useConsole } from '../../hooks/useConsole'
import type { ConsoleData } from '../../lib/consoleStore'
import { errorAt } from '../../lib/fieldErrors'
import { canEdit } from '../../lib/labels'
import '../../../topics/pages/topics.css'

const FIELDS = ['title', 'problem', 'proposal', 'category', 'channel', 'name', 'anonymous', 'onBehalfOf'] as const
const DEFAULT_NOTE = '执委走访时代为提交'

function OnBehalfForm({ data }: { data: ConsoleData }) {
  const orgId = data.org._id
  const [values, setValues] = useState<TopicValues>(() => ({ ...initialTopicValues('visit'), onBehalfOf: DEFAULT_NOTE }))
  const set = <K extends keyof TopicValues>(field: K, value: TopicValues[K]) => setValues((current) => ({ ...current, [field]: value }))
  const { busy, errors, notice, submit } = useSubmitTopic(orgId)
  const send = async () => {
    const topic = await submit(values)
    if (!topic) return
    void Taro.showToast({ title: '已提交', icon: 'success' })
    replacePage(canEdit(data.role) ? chairTopicUrl(orgId, topic._id) : topicUrl(topic._id))
  }
  return (
    <View className='topic-new-form'>
      <Section title='代为提交议题' note={data.org.name}>
        <TopicFields values={values} errors={errors} set={set} voice='member' />
        <FormField label='代提交说明' name='onBehalfOf' hint='何时、怎样收集到的，如：3月5日入户走访时代为提交' error={errorAt(errors, 'onBehalfOf')}>
          <TextInput className='topic-on-behalf-input' value={values.onBehalfOf} maxLength={60} onChange={(text) => set('onBehalfOf', text)} />
        </FormField>
        <View className='topic-anonymous anonymous-toggle' onClick={() => set('anonymous', !values.anonymous)}>
          <Text className='topic-anonymous__box'>{values.anonymous ? '✓' : ''}</Text>
          <Text>她不希望公开姓名</Text>
        </View>
      </Section>
      {notice ? <Text className='topic-notice submit-notice'>{notice}</Text> : null}
      <SaveBar busy={busy} onSave={() => void send()} errors={errors} shownFields={FIELDS} text='提交议题' />
    </View>
  )
}

export default function TopicNewPage() {
  const { state, reload } = useConsole()
  return (
    <ConsoleShell className='topic-new-page' state={state} onRetry={() => void reload()}>
      {(data) => <OnBehalfForm data={data} />}
    </ConsoleShell>
  )
}
