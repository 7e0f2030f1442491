// 七个一要求: the seven duties of 附件2 with their period, the seed's minimum and its words, and
// the federation's own count beside each. A chair may raise a count, never lower it below the
// seed's: the server refuses that in the seed's words, shown at the duty. 我的履职 and 履职情况
// count against the saved counts at once.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { SEVEN_DUTIES, type SevenDuty } from '../../../../types/dutyCadence'
import { FormField } from '../../../components/FormField'
import { SaveBar } from '../../../components/SaveBar'
import { Section } from '../../../components/Section'
import { TextInput } from '../../../components/TextInput'
import { errorAt } from '../../../lib/fieldErrors'
import { ConflictNotice } from '../../components/ConflictNotice'
import { ConsoleShell } from '../../components/ConsoleShell'
import { useConsoleSave } from '../../hooks/useConsoleSave'
import type { ConsoleData } from '../../lib/consoleStore'
import { canEdit } from '../../lib/labels'
import { type MinimumValues, minimumValues, minimumsChanged, minimumsToSend, ownLine, seedLine, stepped, typedCount } from './minimums'
import './index.css'

const RULE = '下面是附件2《妇联执委“七个一”联系制度》规定的最低次数。本会可以按实际提高要求，只能提高，不能降低。保存后，“我的履职”和“履职情况”都按本会的要求计算。'

interface StepperProps {
  duty: SevenDuty
  value: number
  onChange: (value: number) => void
}

function Stepper({ duty, value, onChange }: StepperProps) {
  const [typed, setTyped] = useState<string | null>(null)
  const shown = typed ?? (Number.isFinite(value) ? String(value) : '')
  const step = (by: 1 | -1) => {
    setTyped(null)
    onChange(stepped(Number.isFinite(value) ? value : duty.minimum, by))
  }
  return (
    <View className='minimum-stepper'>
      <View className='minimum-stepper__button minimum-stepper__less' hoverClass='minimum-stepper__button--pressed' onClick={() => step(-1)}>
        减一次
      </View>
      <TextInput
        className='minimum-stepper__count'
        type='number'
        maxLength={2}
        value={shown}
        onChange={(text) => {
          setTyped(text)
          onChange(typedCount(text))
        }}
      />
      <View className='minimum-stepper__button minimum-stepper__more' hoverClass='minimum-stepper__button--pressed' onClick={() => step(1)}>
        加一次
      </View>
    </View>
  )
}

function MinimumsForm({ data, onReload }: { data: ConsoleData; onReload: () => void }) {
  const stored = data.org.dutyMinimums
  const [values, setValues] = useState<MinimumValues>(() => minimumValues(stored))
  const save = useConsoleSave(data.org._id, { keepConflict: true })
  const dirty = minimumsChanged(stored, values)
  const submit = async () => {
    if (!dirty) return void Taro.showToast({ title: '还没有修改任何次数', icon: 'none' })
    await save.run('org', 'updateOrg', { orgId: data.org._id, version: data.org.version, changes: { dutyMinimums: minimumsToSend(values) } })
  }
  return (
    <View className='duty-minimums-form'>
      <Section title='七个一要求' note='只能提高，不能降低'>
        <Text className='page-note duty-minimums__rule'>{RULE}</Text>
      </Section>
      {SEVEN_DUTIES.map((duty) => (
        <View key={duty.key} className={`duty-minimum duty-minimum--${duty.key}`}>
          <FormField label={duty.title} name={`dutyMinimums.${duty.key}`} hint={seedLine(duty)} error={errorAt(save.errors, `dutyMinimums.${duty.key}`)}>
            <Text className='duty-minimum__quote'>“{duty.citation.quote}”</Text>
            <Stepper duty={duty} value={values[duty.key]} onChange={(value) => setValues((current) => ({ ...current, [duty.key]: value }))} />
            <Text className='duty-minimum__own'>{ownLine(duty, values[duty.key])}</Text>
          </FormField>
        </View>
      ))}
      {save.conflict ? <ConflictNotice reason={save.conflict} onReload={onReload} /> : null}
      <SaveBar busy={save.busy} onSave={() => void submit()} errors={save.errors} shownFields={['dutyMinimums']} text={dirty ? '保存' : '没有修改'} />
    </View>
  )
}

/** For a member: what her federation asks of her, to read. */
function MinimumsList({ data }: { data: ConsoleData }) {
  const values = minimumValues(data.org.dutyMinimums)
  return (
    <Section title='七个一要求' note='只有主席、副主席可以修改'>
      <Text className='page-note duty-minimums__rule'>{RULE}</Text>
      {SEVEN_DUTIES.map((duty) => (
        <View key={duty.key} className={`duty-minimum duty-minimum--${duty.key}`}>
          <Text className='duty-minimum__title'>{duty.title}</Text>
          <Text className='duty-minimum__seed'>{seedLine(duty)}</Text>
          <Text className='duty-minimum__quote'>“{duty.citation.quote}”</Text>
          <Text className='duty-minimum__own'>{ownLine(duty, values[duty.key])}</Text>
        </View>
      ))}
    </Section>
  )
}

export default function DutyMinimumsPage() {
  return (
    <ConsoleShell className='duty-minimums-page' loadingTitle='正在读取七个一要求…'>
      {(data, reload) => (canEdit(data.role) ? <MinimumsForm key={data.org.version} data={data} onReload={reload} /> : <MinimumsList data={data} />)}
    </ConsoleShell>
  )
}
