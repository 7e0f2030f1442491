// 录入表决结果: 监票员 (1–2, from the 执委 marked 出席), 计票员 (1–2 staff, by name) and, per
// candidate, the 赞成 / 弃权 / 反对 counts. What the server refuses is shown at its field, in
// its words; a vote too few attended is refused with the reason and nothing is kept.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { CommitteeMeetingDoc, NominationDoc } from '../../../../../types/committee'
import { Choices } from '../../../../components/Choices'
import { FormField } from '../../../../components/FormField'
import { SaveBar } from '../../../../components/SaveBar'
import { TextInput } from '../../../../components/TextInput'
import { useSave } from '../../../../hooks/useSave'
import { errorAt } from '../../../../lib/fieldErrors'
import { nameOf, presentIds } from '../../../lib/committee'
import type { ConsoleData } from '../../../lib/consoleStore'

const COUNTS = [
  { key: 'yes', label: '赞成' },
  { key: 'abstain', label: '弃权' },
  { key: 'no', label: '反对' },
] as const
type CountKey = (typeof COUNTS)[number]['key']
type Tally = Record<CountKey, string>
const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value])
const count = (text: string): number => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : -1)

export interface VoteFormProps {
  data: ConsoleData
  meeting: CommitteeMeetingDoc
  /** candidates the 党组织 approved, waiting for the vote */
  candidates: NominationDoc[]
  /** the server's sentence on whether the vote could be held */
  onCounted: (reason: string) => void
}

export function VoteForm({ data, meeting, candidates, onCounted }: VoteFormProps) {
  const present = presentIds(meeting)
  const [scrutineers, setScrutineers] = useState<string[]>([])
  const [tellers, setTellers] = useState(['', ''])
  const [tallies, setTallies] = useState<Tally[]>(() => candidates.map(() => ({ yes: '', abstain: '', no: '' })))
  const save = useSave({ keepConflict: true })
  const setCount = (index: number, key: CountKey, text: string) => setTallies((all) => all.map((old, at) => (at === index ? { ...old, [key]: text } : old)))
  const submit = async () => {
    const payload = {
      meetingId: meeting._id,
      scrutineerIds: scrutineers,
      tellers: tellers.map((name) => name.trim()).filter(Boolean),
      tallies: candidates.map((n, i) => ({ nominationId: n._id, yes: count(tallies[i]!.yes), abstain: count(tallies[i]!.abstain), no: count(tallies[i]!.no) })),
    }
    const result = await save.run('org', 'recordVote', payload, { done: '已计票' })
    if (result) onCounted(result.reason)
  }
  return (
    <View className='vote-form'>
      <Text className='page-note'>{`本次出席 ${present.length} 人。每位候选人的赞成、弃权、反对合计应等于出席人数。`}</Text>
      <FormField label='监票员（1—2名，从出席的执委中推选）' name='scrutineerIds' required error={errorAt(save.errors, 'scrutineerIds')}>
        <Choices
          className='vote-scrutineers'
          options={present.map((id) => ({ value: id, label: nameOf(data, id) }))}
          selected={scrutineers}
          onToggle={(id) => setScrutineers((all) => toggle(all, id))}
        />
      </FormField>
      <FormField label='计票员（1—2名，本会指派的工作人员）' name='tellers' required error={errorAt(save.errors, 'tellers')}>
        {tellers.map((name, index) => (
          <TextInput
            key={index}
            className={`vote-teller-input vote-teller-input--${index}`}
            value={name}
            maxLength={20}
            onChange={(text) => setTellers((all) => all.map((old, at) => (at === index ? text : old)))}
          />
        ))}
      </FormField>
      {candidates.map((nomination, index) => (
        <View key={nomination._id} className='vote-tally'>
          <Text className='form-field__label'>{`候选人：${nomination.candidate.name}`}</Text>
          {COUNTS.map(({ key, label }) => (
            <FormField key={key} label={`${label}（票）`} name={`tallies.${index}.${key}`} required error={errorAt(save.errors, `tallies.${index}.${key}`)}>
              <TextInput
                className={`vote-count-input vote-count-input--${key}`}
                type='number'
                value={tallies[index]![key]}
                maxLength={3}
                onChange={(text) => setCount(index, key, text)}
              />
            </FormField>
          ))}
        </View>
      ))}
      {save.conflict ? <Text className='field-error vote-refused'>{save.conflict}</Text> : null}
      <SaveBar busy={save.busy} onSave={() => void submit()} errors={save.errors} shownFields={['scrutineerIds', 'tellers', 'tallies']} text='录入表决结果' />
    </View>
  )
}
