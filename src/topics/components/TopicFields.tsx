// The fields of a topic, shared by the resident's 提议题 form and the member's 代为提交
// form: the title, what the problem is, what she proposes, the category, the channel it
// came in by and how the woman is named (称呼).
import { TOPIC_CATEGORIES, TOPIC_CATEGORY_LABEL, TOPIC_CHANNELS, TOPIC_CHANNEL_LABEL } from '../../../types/topicModel'
import { Choices } from '../../staff/components/Choices'
import { FormField } from '../../staff/components/FormField'
import { TextArea, TextInput } from '../../staff/components/TextInput'
import { errorAt, type FieldErrors } from '../../staff/lib/fieldErrors'
import type { TopicValues } from '../hooks/useSubmitTopic'

export interface TopicFieldsProps {
  values: TopicValues
  errors: FieldErrors
  set: <K extends keyof TopicValues>(field: K, value: TopicValues[K]) => void
  /** labels spoken to the woman herself, or about her by the member entering it */
  voice: 'her' | 'member'
}

export function TopicFields({ values, errors, set, voice }: TopicFieldsProps) {
  const hers = voice === 'her'
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
        <Choices className='topic-category' options={TOPIC_CATEGORIES.map((value) => ({ value, label: TOPIC_CATEGORY_LABEL[value] }))} selected={[values.category]} onToggle={(value) => set('category', value)} />
      </FormField>
      <FormField label='怎么反映给妇联的' name='channel' error={errorAt(errors, 'channel')}>
        <Choices className='topic-channel' options={TOPIC_CHANNELS.map((value) => ({ value, label: TOPIC_CHANNEL_LABEL[value] }))} selected={[values.channel]} onToggle={(value) => set('channel', value)} />
      </FormField>
      <FormField label={hers ? '您的称呼' : '她的称呼'} name='name' required hint='如：王阿姨、3 号楼李女士' error={errorAt(errors, 'name')}>
        <TextInput className='topic-name-input' value={values.name} maxLength={20} onChange={(text) => set('name', text)} />
      </FormField>
    </>
  )
}
