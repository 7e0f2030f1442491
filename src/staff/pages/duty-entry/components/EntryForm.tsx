// The fields of 记一笔, in the order she thinks of them: what she did, when, how, where, how
// many women, a short note; photos and the women's names are optional, and the names are
// said to be sealed. A 宣讲 or 公益 may attach to one of the federation's activities.
import { Text, View } from '@tarojs/components'
import type { ActivityDoc, AreaDoc } from '../../../../../types/documents'
import { Choices } from '../../../../components/Choices'
import { FormField } from '../../../../components/FormField'
import { Section } from '../../../../components/Section'
import { TextArea, TextInput } from '../../../../components/TextInput'
import { errorAt, type FieldErrors } from '../../../../lib/fieldErrors'
import { DateInput } from '../../../components/DateInput'
import { ImageListField } from '../../../components/ImageField'
import type { DutyForm } from '../../../hooks/useDutyEntry'
import { ACTIVITY_KINDS, kindOptions, wayOptions } from '../../../lib/duty'

export const ENTRY_FIELDS = ['kind', 'date', 'way', 'areaId', 'womenCount', 'note', 'photos', 'womenNames', 'activityId'] as const

export interface EntryFormProps {
  orgId: string
  form: DutyForm
  /** the 片区 she covers (or backs up) */
  areas: AreaDoc[]
  activities: ActivityDoc[]
}

const NONE = '__none'

function WhereField({ form, areas, errors }: { form: DutyForm; areas: AreaDoc[]; errors: FieldErrors }) {
  const options = [...areas.map((area) => ({ value: area._id, label: area.name })), { value: NONE, label: '不在片区' }]
  return (
    <FormField label='地点（片区）' name='areaId' hint={areas.length === 0 ? '您还没有负责的片区' : undefined} error={errorAt(errors, 'areaId')}>
      <Choices className='duty-area' options={options} selected={[form.values.areaId ?? NONE]} onToggle={(value) => form.set('areaId', value === NONE ? null : value)} />
    </FormField>
  )
}

function ActivityField({ form, activities, errors }: { form: DutyForm; activities: ActivityDoc[]; errors: FieldErrors }) {
  const recent = [...activities].sort((a, b) => b.date.localeCompare(a.date)).slice(0, 8)
  const options = [...recent.map((activity) => ({ value: activity._id, label: activity.title, note: activity.date })), { value: NONE, label: '不关联活动' }]
  return (
    <FormField label='关联活动' name='activityId' error={errorAt(errors, 'activityId')}>
      <Choices
        className='duty-activity'
        options={options}
        selected={[form.values.activityId ?? NONE]}
        onToggle={(value) => form.set('activityId', value === NONE ? null : value)}
      />
    </FormField>
  )
}

export function EntryForm({ orgId, form, areas, activities }: EntryFormProps) {
  const { values, set } = form
  const { errors } = form.save
  return (
    <Section title='记一笔'>
      <FormField label='做了什么' name='kind' required error={errorAt(errors, 'kind')}>
        <Choices className='duty-kind' options={kindOptions} selected={[values.kind]} onToggle={(kind) => set('kind', kind)} />
      </FormField>
      <FormField label='日期' name='date' required error={errorAt(errors, 'date')}>
        <DateInput className='duty-date-input' value={values.date} onChange={(date) => set('date', date ?? '')} />
      </FormField>
      <FormField label='方式' name='way' required error={errorAt(errors, 'way')}>
        <Choices className='duty-way' options={wayOptions} selected={[values.way]} onToggle={(way) => set('way', way)} />
      </FormField>
      <WhereField form={form} areas={areas} errors={errors} />
      <FormField label='联系了几位妇女' name='womenCount' error={errorAt(errors, 'womenCount')}>
        <TextInput className='duty-women-input' type='number' value={values.womenCount} maxLength={3} placeholder='人数' onChange={(text) => set('womenCount', text)} />
      </FormField>
      <FormField label={values.kind === 'proposal' ? '建议内容' : '简单说明'} name='note' error={errorAt(errors, 'note')}>
        <TextArea className='duty-note-input' value={values.note} maxLength={300} onChange={(text) => set('note', text)} />
      </FormField>
      {ACTIVITY_KINDS.includes(values.kind) ? <ActivityField form={form} activities={activities} errors={errors} /> : null}
      <FormField label='照片（可不填）' name='photos' error={errorAt(errors, 'photos')}>
        <ImageListField orgId={orgId} value={values.photos} onChange={(photos) => set('photos', photos)} />
      </FormField>
      <FormField label='妇女姓名（可不填）' name='womenNames' error={errorAt(errors, 'womenNames')}>
        <TextInput className='duty-names-input' value={values.womenNames} maxLength={200} onChange={(text) => set('womenNames', text)} />
        <View className='duty-names-note'>
          <Text className='page-note'>姓名加密保存，只有您本人和本会主席能看到。</Text>
        </View>
      </FormField>
    </Section>
  )
}
