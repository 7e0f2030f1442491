// One activity: its plan (title, date, place, what it is) and, once held, its result
// in words and photos. A plan whose day has gone by asks whether it was held. Saved
// with org.saveActivity; the board shows it at once.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { ActivityDoc } from '../../../../../types/documents'
import { ACTIVITY_STATUSES, type ActivityStatus } from '../../../../../types/enums'
import { ActionButton } from '../../../../components/ActionButton'
import { Choices } from '../../../../components/Choices'
import { FormField } from '../../../../components/FormField'
import { SaveBar } from '../../../../components/SaveBar'
import { Section } from '../../../../components/Section'
import { TextArea, TextInput } from '../../../../components/TextInput'
import { beijingToday } from '../../../../lib/dates'
import { errorAt, type FieldErrors } from '../../../../lib/fieldErrors'
import { activitiesUrl } from '../../../../lib/staffRoutes'
import { ConflictNotice } from '../../../components/ConflictNotice'
import { DateInput } from '../../../components/DateInput'
import { ImageListField } from '../../../components/ImageField'
import { useConsoleSave } from '../../../hooks/useConsoleSave'
import { ACTIVITY_STATUS_LABEL, awaitsResult } from '../../../lib/labels'
import { goBackOr } from '../../../lib/navigation'
import './ActivityForm.css'

export interface ActivityFormProps {
  orgId: string
  activity: ActivityDoc | null
  onReload: () => void
}

const ACTIVITY_FIELDS = ['title', 'status', 'date', 'place', 'summary', 'resultText', 'photos'] as const

function initialValues(activity: ActivityDoc | null) {
  return {
    title: activity?.title ?? '',
    status: activity?.status ?? ('planned' as ActivityStatus),
    date: activity?.date ?? beijingToday(),
    place: activity?.place ?? '',
    summary: activity?.summary ?? '',
    resultText: activity?.resultText ?? '',
    photos: activity?.photos ?? [],
  }
}

type Values = ReturnType<typeof initialValues>
type Setter = <K extends keyof Values>(field: K, value: Values[K]) => void

/** Afterwards: what came of it, in words and photos (亮活动成效). */
function ResultSection({ orgId, values, set, errors }: { orgId: string; values: Values; set: Setter; errors: FieldErrors }) {
  return (
    <Section title='活动成效' note='活动结束后填写'>
      <FormField label='成效' name='resultText' error={errorAt(errors, 'resultText')}>
        <TextArea className='activity-result-input' value={values.resultText} onChange={(text) => set('resultText', text)} />
      </FormField>
      <FormField label='照片（最多 9 张）' name='photos' error={errorAt(errors, 'photos')}>
        <ImageListField orgId={orgId} value={values.photos} onChange={(photos) => set('photos', photos)} />
      </FormField>
    </Section>
  )
}

/** A plan whose day has gone by: it was held (then its result), or it was not (cancelled). */
function AwaitsResultNotice({ set }: { set: Setter }) {
  return (
    <View className='activity-awaits-result'>
      <Text className='activity-awaits-result__title'>活动日期已过，还是“计划中”</Text>
      <Text className='activity-awaits-result__detail'>开展了就补上成效和照片，群众能在公示栏看到；没有开展就标为已取消。</Text>
      <ActionButton className='activity-held-button' text='已开展，补上成效' onClick={() => set('status', 'done')} />
      <ActionButton className='activity-not-held-button' variant='plain' text='没有开展，标为已取消' onClick={() => set('status', 'cancelled')} />
    </View>
  )
}

export function ActivityForm({ orgId, activity, onReload }: ActivityFormProps) {
  const [values, setValues] = useState(() => initialValues(activity))
  const set: Setter = (field, value) => setValues((current) => ({ ...current, [field]: value }))
  const save = useConsoleSave(orgId, { keepConflict: true })
  const { errors } = save
  const submit = async () => {
    const saved = await save.run(
      'org',
      'saveActivity',
      { orgId, ...(activity ? { activityId: activity._id, version: activity.version } : {}), fields: values },
      { done: activity ? '已保存' : '已添加' },
    )
    if (saved) goBackOr(activitiesUrl(orgId))
  }
  return (
    <View className='activity-form'>
      {activity && awaitsResult(values, beijingToday()) ? <AwaitsResultNotice set={set} /> : null}
      <Section title={activity ? '修改活动' : '添加活动'}>
        <FormField label='活动名称' name='title' required error={errorAt(errors, 'title')}>
          <TextInput className='activity-title-input' value={values.title} maxLength={40} onChange={(text) => set('title', text)} />
        </FormField>
        <FormField label='状态' name='status' error={errorAt(errors, 'status')}>
          <Choices
            options={ACTIVITY_STATUSES.map((value) => ({ value, label: ACTIVITY_STATUS_LABEL[value] }))}
            selected={[values.status]}
            onToggle={(status) => set('status', status)}
          />
        </FormField>
        <FormField label='日期' name='date' required hint='按日期归入季度计划' error={errorAt(errors, 'date')}>
          <DateInput className='activity-date-input' value={values.date} onChange={(date) => set('date', date ?? '')} />
        </FormField>
        <FormField label='地点' name='place' error={errorAt(errors, 'place')}>
          <TextInput className='activity-place-input' value={values.place} maxLength={60} onChange={(text) => set('place', text)} />
        </FormField>
        <FormField label='活动内容' name='summary' error={errorAt(errors, 'summary')}>
          <TextArea className='activity-summary-input' value={values.summary} maxLength={500} onChange={(text) => set('summary', text)} />
        </FormField>
      </Section>
      {values.status === 'done' ? <ResultSection orgId={orgId} values={values} set={set} errors={errors} /> : null}
      {save.conflict ? <ConflictNotice reason={save.conflict} onReload={onReload} /> : null}
      <SaveBar busy={save.busy} onSave={() => void submit()} errors={errors} shownFields={ACTIVITY_FIELDS} />
    </View>
  )
}
