// The topic form, shared by the resident's 提议题 and the member's 代为提交: the title,
// what the problem is, what she proposes, the category, the channel it came in by, how
// the woman is named (称呼), the member's note of how it was collected, and whether her
// name stays private; under it a refusal in kind words and the send button.
import { Text, View } from '@tarojs/components'
import { TOPIC_CATEGORIES, TOPIC_CATEGORY_LABEL, TOPIC_CHANNELS, TOPIC_CHANNEL_LABEL } from '../../../types/topicModel'
import type { ChairTopicView } from '../../../types/topics'
import type { SubmitTopic } from '../../hooks/useSubmitTopic'
import { errorAt } from '../../lib/fieldErrors'
import { TOPIC_FIELDS } from '../../lib/topicForm'
import { Choices } from '../Choices'
import { FormField } from '../FormField'
import { SaveBar } from '../SaveBar'
import { Section } from '../Section'
import { TextArea, TextInput } from '../TextInput'
import { TopicNotice } from '../TopicFacts'
import './index.css'

export interface TopicFormProps {
  form: SubmitTopic
  title: string
  note: string
  /** the topic as the back end keeps it, once it is sent */
  onSent: (topic: ChairTopicView) => void
}

function Fields({ form }: { form: SubmitTopic }) {
  const { values, errors, set } = form
  const hers = form.voice === 'her'
  return (
    <>
      <FormField label='议题标题' name='title' required error={errorAt(errors, 'title')}>
        <TextInput className='topic-title-input' value={values.title} maxLength={40} onChange={(text) => set('title', text)} />
      </FormField>
      <FormField label={hers ? '遇到了什么问题' : '她反映的问题'} name='problem' required error={errorAt(errors, 'problem')}>
        <TextArea className='topic-problem-input' value={values.problem} onChange={(text) => set('problem', text)} />
      </FormField>
      <FormField label={hers ? '您的建议' : '她的建议'} name='proposal' error={errorAt(errors, 'proposal')}>
        <TextArea className='topic-proposal-input' value={values.proposal} onChange={(text) => set('proposal', text)} />
      </FormField>
      <FormField label='类别' name='category' error={errorAt(errors, 'category')}>
        <Choices
          className='topic-category'
          options={TOPIC_CATEGORIES.map((value) => ({ value, label: TOPIC_CATEGORY_LABEL[value] }))}
          selected={[values.category]}
          onToggle={(value) => set('category', value)}
        />
      </FormField>
      <FormField label='怎么反映给妇联的' name='channel' error={errorAt(errors, 'channel')}>
        <Choices
          className='topic-channel'
          options={TOPIC_CHANNELS.map((value) => ({ value, label: TOPIC_CHANNEL_LABEL[value] }))}
          selected={[values.channel]}
          onToggle={(value) => set('channel', value)}
        />
      </FormField>
      <FormField label={hers ? '您的称呼' : '她的称呼'} name='name' required hint='如：王阿姨、3 号楼李女士' error={errorAt(errors, 'name')}>
        <TextInput className='topic-name-input' value={values.name} maxLength={20} onChange={(text) => set('name', text)} />
      </FormField>
    </>
  )
}

/** The member's note of when and how she collected it (代为提交). */
function MemberNote({ form }: { form: SubmitTopic }) {
  return (
    <FormField label='代提交说明' name='onBehalfOf' hint='何时、怎样收集到的，如：3月5日入户走访时代为提交' error={errorAt(form.errors, 'onBehalfOf')}>
      <TextInput className='topic-on-behalf-input' value={form.values.onBehalfOf} maxLength={60} onChange={(text) => form.set('onBehalfOf', text)} />
    </FormField>
  )
}

function AnonymousToggle({ form }: { form: SubmitTopic }) {
  const { anonymous } = form.values
  return (
    <View className='topic-anonymous anonymous-toggle' onClick={() => form.set('anonymous', !anonymous)}>
      <Text className='topic-anonymous__box'>{anonymous ? '✓' : ''}</Text>
      <Text>{form.voice === 'her' ? '不公开我的姓名' : '她不希望公开姓名'}</Text>
    </View>
  )
}

export function TopicForm({ form, title, note, onSent }: TopicFormProps) {
  const send = async () => {
    const topic = await form.submit()
    if (topic) onSent(topic)
  }
  return (
    <>
      <Section title={title} note={note}>
        <Fields form={form} />
        {form.voice === 'member' ? <MemberNote form={form} /> : null}
        <AnonymousToggle form={form} />
      </Section>
      {form.notice ? <TopicNotice className='submit-notice' text={form.notice} /> : null}
      <SaveBar busy={form.busy} onSave={() => void send()} errors={form.errors} shownFields={TOPIC_FIELDS[form.voice]} text='提交议题' />
    </>
  )
}
