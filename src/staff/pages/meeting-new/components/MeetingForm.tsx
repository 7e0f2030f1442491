// Calling a meeting (附件4 一–三): the form, time, place, host, invited members,
// 妇女代表 and guests, and the accepted topics on its agenda. A retried save makes
// one meeting (the requestId is kept until it succeeds).
import { useState } from 'react'
import { View } from '@tarojs/components'
import { MEETING_FORMS, MEETING_FORM_LABEL, type MeetingForm as Form } from '../../../../../types/topicModel'
import { Choices } from '../../../../components/Choices'
import { FormField } from '../../../../components/FormField'
import { SaveBar } from '../../../../components/SaveBar'
import { Section } from '../../../../components/Section'
import { TextInput } from '../../../../components/TextInput'
import { useSave } from '../../../../hooks/useSave'
import { beijingToday } from '../../../../lib/dates'
import { errorAt, type FieldErrors } from '../../../../lib/fieldErrors'
import { chairTopicsUrl } from '../../../../lib/topicRoutes'
import { DateInput } from '../../../components/DateInput'
import { useChairTopics } from '../../../hooks/useChairTopics'
import type { ConsoleData } from '../../../lib/consoleStore'
import { beijingInstant, splitNames } from '../../../lib/meetings'
import { goBackOr } from '../../../lib/navigation'

const FIELDS = ['form', 'startsAt', 'place', 'host', 'invitedMemberIds', 'representatives', 'guests', 'topicIds'] as const
const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value])

const initialValues = (place: string) => ({
  form: 'plenary' as Form,
  date: beijingToday(),
  time: '19:00',
  place,
  host: '',
  invited: [] as string[],
  representatives: '',
  guests: '',
  topicIds: [] as string[],
})
type Values = ReturnType<typeof initialValues>
type Setter = <K extends keyof Values>(field: K, value: Values[K]) => void
interface PartProps {
  values: Values
  set: Setter
  errors: FieldErrors
}

function WhenAndWhere({ values, set, errors }: PartProps) {
  return (
    <>
      <FormField label='形式' name='form' error={errorAt(errors, 'form')}>
        <Choices
          className='meeting-form-choice'
          options={MEETING_FORMS.map((value) => ({ value, label: MEETING_FORM_LABEL[value] }))}
          selected={[values.form]}
          onToggle={(form) => set('form', form)}
        />
      </FormField>
      <FormField label='日期和时间' name='startsAt' required error={errorAt(errors, 'startsAt')}>
        <DateInput className='meeting-date-input' value={values.date} onChange={(value) => set('date', value ?? '')} />
        <DateInput className='meeting-time-input' mode='time' value={values.time} onChange={(value) => set('time', value ?? '')} />
      </FormField>
      <FormField label='地点' name='place' required error={errorAt(errors, 'place')}>
        <TextInput className='meeting-place-input' value={values.place} maxLength={60} onChange={(place) => set('place', place)} />
      </FormField>
      <FormField label='主持人' name='host' required error={errorAt(errors, 'host')}>
        <TextInput className='meeting-host-input' value={values.host} maxLength={20} onChange={(host) => set('host', host)} />
      </FormField>
    </>
  )
}

function People({ values, set, errors, members }: PartProps & { members: ConsoleData['members'] }) {
  return (
    <>
      <FormField label='参加的执委' name='invitedMemberIds' error={errorAt(errors, 'invitedMemberIds')}>
        <Choices
          className='meeting-invited'
          options={members.map((member) => ({ value: member._id, label: member.name }))}
          selected={values.invited}
          onToggle={(id) => set('invited', toggle(values.invited, id))}
        />
      </FormField>
      <FormField label='妇女代表' name='representatives' hint='姓名之间用顿号或空格隔开' error={errorAt(errors, 'representatives')}>
        <TextInput className='meeting-representatives-input' value={values.representatives} maxLength={400} onChange={(text) => set('representatives', text)} />
      </FormField>
      <FormField label='列席（村/社区书记、两委成员）' name='guests' hint='姓名之间用顿号或空格隔开' error={errorAt(errors, 'guests')}>
        <TextInput className='meeting-guests-input' value={values.guests} maxLength={400} onChange={(text) => set('guests', text)} />
      </FormField>
    </>
  )
}

const payloadOf = (orgId: string, values: Values) => ({
  orgId,
  form: values.form,
  startsAt: beijingInstant(values.date, values.time),
  place: values.place,
  host: values.host,
  invitedMemberIds: values.invited,
  representatives: splitNames(values.representatives),
  guests: splitNames(values.guests),
  topicIds: values.topicIds,
})

export function MeetingForm({ data }: { data: ConsoleData }) {
  const orgId = data.org._id
  const [values, setValues] = useState(() => initialValues(data.org.homeName ?? ''))
  const set: Setter = (field, value) => setValues((current) => ({ ...current, [field]: value }))
  const accepted = useChairTopics(orgId, 'own', 'accepted').items ?? []
  const save = useSave({ oneRecord: true })
  const submit = async () => {
    if (await save.run('topics', 'scheduleMeeting', payloadOf(orgId, values), { done: '已安排' })) goBackOr(chairTopicsUrl(orgId))
  }
  const parts = { values, set, errors: save.errors }
  return (
    <View className='meeting-form'>
      <Section title='议事会'>
        <WhenAndWhere {...parts} />
        <People {...parts} members={data.members.filter((member) => member.status === 'active')} />
      </Section>
      <Section title='议程' note='已立项的议题'>
        <FormField label='列入议程的议题' name='topicIds' required error={errorAt(save.errors, 'topicIds')}>
          <Choices
            className='meeting-topics'
            options={accepted.map((topic) => ({ value: topic._id, label: topic.title }))}
            selected={values.topicIds}
            onToggle={(id) => set('topicIds', toggle(values.topicIds, id))}
            emptyText='还没有已立项的议题'
          />
        </FormField>
      </Section>
      <SaveBar busy={save.busy} onSave={() => void submit()} errors={save.errors} shownFields={FIELDS} text='安排议事会' />
    </View>
  )
}
