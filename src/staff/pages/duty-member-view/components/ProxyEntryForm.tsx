// 代为记一笔: the chair records one entry for a member without a smartphone — what she did, when,
// how, where, and how many women — saved with org.logDutyEntry naming the member, so the back end
// marks it as entered by the chair. The women's names and photos are left to the member's own form.
import { useState } from 'react'
import { View } from '@tarojs/components'
import type { AreaDoc } from '../../../../../types/documents'
import { DUTY_ENTRY_KINDS, DUTY_ENTRY_KIND_LABELS, DUTY_WAYS, DUTY_WAY_LABELS, type DutyEntryKind, type DutyWay } from '../../../../../types/dutyCadence'
import { Choices } from '../../../../components/Choices'
import { FormField } from '../../../../components/FormField'
import { SaveBar } from '../../../../components/SaveBar'
import { Section } from '../../../../components/Section'
import { TextArea, TextInput } from '../../../../components/TextInput'
import { useSave } from '../../../../hooks/useSave'
import { beijingToday } from '../../../../lib/dates'
import { errorAt } from '../../../../lib/fieldErrors'
import { DateInput } from '../../../components/DateInput'

export interface ProxyEntryFormProps {
  orgId: string
  memberId: string
  memberName: string
  /** the 片区 she covers, offered first */
  areas: AreaDoc[]
  onSaved: () => void
}

const NO_AREA = ''
const SHOWN = ['kind', 'date', 'way', 'areaId', 'womenCount', 'note'] as const

export function ProxyEntryForm({ orgId, memberId, memberName, areas, onSaved }: ProxyEntryFormProps) {
  const [kind, setKind] = useState<DutyEntryKind>('contact')
  const [date, setDate] = useState<string | null>(beijingToday())
  const [way, setWay] = useState<DutyWay>('visit')
  const [areaId, setAreaId] = useState(NO_AREA)
  const [women, setWomen] = useState('')
  const [note, setNote] = useState('')
  const save = useSave({ oneRecord: true })
  const submit = async () => {
    const count = women.trim() === '' ? 0 : Number(women)
    const missing = {
      ...(date ? {} : { date: '请选择日期' }),
      ...(Number.isInteger(count) && count >= 0 ? {} : { womenCount: '联系妇女人数请填整数' }),
    }
    const fields = { kind, date: date ?? '', way, areaId: areaId || null, womenCount: count, note, photos: [], womenNames: '', activityId: null }
    const saved = await save.run('org', 'logDutyEntry', { orgId, memberId, fields }, { done: '已记一笔', missing })
    if (!saved) return
    setWomen('')
    setNote('')
    onSaved()
  }
  return (
    <View className='proxy-entry'>
      <Section title={`替${memberName}记一笔`} note='这条记录会标明由主席代记'>
        <FormField label='做了什么' name='kind' required error={errorAt(save.errors, 'kind')}>
          <Choices
            className='proxy-entry__kind'
            options={DUTY_ENTRY_KINDS.map((value) => ({ value, label: DUTY_ENTRY_KIND_LABELS[value] }))}
            selected={[kind]}
            onToggle={setKind}
          />
        </FormField>
        <FormField label='日期' name='date' required error={errorAt(save.errors, 'date')}>
          <DateInput className='proxy-entry__date' value={date} onChange={setDate} />
        </FormField>
        <FormField label='方式' name='way' error={errorAt(save.errors, 'way')}>
          <Choices className='proxy-entry__way' options={DUTY_WAYS.map((value) => ({ value, label: DUTY_WAY_LABELS[value] }))} selected={[way]} onToggle={setWay} />
        </FormField>
        <FormField label='在哪个片区' name='areaId' error={errorAt(save.errors, 'areaId')}>
          <Choices
            className='proxy-entry__area'
            options={[{ value: NO_AREA, label: '不在片区' }, ...areas.map((area) => ({ value: area._id, label: area.name }))]}
            selected={[areaId]}
            onToggle={setAreaId}
          />
        </FormField>
        <FormField label='联系妇女人数' name='womenCount' hint='这次见到或联系到几位妇女，没有就空着' error={errorAt(save.errors, 'womenCount')}>
          <TextInput className='proxy-entry__women' type='number' value={women} maxLength={3} onChange={setWomen} />
        </FormField>
        <FormField label='简单说明' name='note' error={errorAt(save.errors, 'note')}>
          <TextArea className='proxy-entry__note' value={note} maxLength={300} placeholder='如：走访3栋两户，了解孩子上学困难' onChange={setNote} />
        </FormField>
      </Section>
      <SaveBar busy={save.busy} onSave={() => void submit()} errors={save.errors} shownFields={SHOWN} text='代为记一笔' />
    </View>
  )
}
