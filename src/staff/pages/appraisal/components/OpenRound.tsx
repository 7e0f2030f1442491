// 开始评议: whom the round rates — the 执委 marked 出席 (once the attendance is recorded) or every 执委
// called — and how many 妇女代表 are present (each gets a one-time code; 0 when all ballots are on
// paper). The server's refusal shows at its field.
import { useState } from 'react'
import { Text } from '@tarojs/components'
import type { CommitteeMeetingDoc } from '../../../../../types'
import { MAX_APPRAISAL_CODES } from '../../../../../types/appraisal'
import { Choices } from '../../../../components/Choices'
import { FormField } from '../../../../components/FormField'
import { SaveBar } from '../../../../components/SaveBar'
import { Section } from '../../../../components/Section'
import { TextInput } from '../../../../components/TextInput'
import { useSave } from '../../../../hooks/useSave'
import { errorAt } from '../../../../lib/fieldErrors'

type Who = 'present' | 'invited'

export function OpenRound({ meeting, onOpened }: { meeting: CommitteeMeetingDoc; onOpened: () => void }) {
  const recorded = meeting.status === 'recorded'
  const present = meeting.attendance.filter((a) => a.status === 'present').length
  const [who, setWho] = useState<Who>(recorded ? 'present' : 'invited')
  const [count, setCount] = useState('')
  const save = useSave()
  const options = [
    ...(recorded ? [{ value: 'present' as Who, label: '出席的执委', note: `${present} 人` }] : []),
    { value: 'invited' as Who, label: '通知参会的执委', note: `${meeting.invitedMemberIds.length} 人` },
  ]
  const submit = async () => {
    const codeCount = /^\d+$/.test(count.trim()) ? Number(count.trim()) : -1
    const missing = count.trim() === '' ? { codeCount: '请填写到会的妇女代表人数（都用纸质票就填 0）' } : undefined
    if (await save.run('org', 'openAppraisal', { meetingId: meeting._id, who, codeCount }, { done: '评议已开始', missing })) onOpened()
  }
  return (
    <Section title='开始述职评议' className='appraisal-open'>
      <Text className='page-note'>执委口头述职后，请到会的妇女代表用手机扫码评议，每人一个评议码，只能用一次；没有手机的，填纸质评议票，由您录入。</Text>
      <FormField label='评议哪些执委' name='who' required error={errorAt(save.errors, 'who')}>
        <Choices className='appraisal-who' options={options} selected={[who]} onToggle={setWho} />
      </FormField>
      <FormField label='到会的妇女代表人数' name='codeCount' hint={`每人一个评议码，最多 ${MAX_APPRAISAL_CODES} 人`} required error={errorAt(save.errors, 'codeCount')}>
        <TextInput className='appraisal-code-count' type='number' value={count} maxLength={3} onChange={setCount} />
      </FormField>
      <SaveBar text='开始评议' busy={save.busy} onSave={() => void submit()} errors={save.errors} shownFields={['who', 'codeCount']} />
    </Section>
  )
}
