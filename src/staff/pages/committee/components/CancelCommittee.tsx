// 取消执委会: a meeting that will not be held is called off with its reason; it then counts for
// nothing (not as a meeting held, not for anyone's attendance). Refusals in the server's words.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { CommitteeMeetingDoc } from '../../../../../types/committee'
import { FormField } from '../../../../components/FormField'
import { SaveBar } from '../../../../components/SaveBar'
import { TextArea } from '../../../../components/TextInput'
import { useSave } from '../../../../hooks/useSave'
import { errorAt } from '../../../../lib/fieldErrors'
import { ConflictNotice } from '../../../components/ConflictNotice'

export function CancelCommittee({ meeting, onDone }: { meeting: CommitteeMeetingDoc; onDone: () => void }) {
  const [reason, setReason] = useState('')
  const save = useSave({ keepConflict: true })
  const submit = async () => {
    if (await save.run('org', 'cancelCommittee', { meetingId: meeting._id, version: meeting.version, reason }, { done: '已取消' })) onDone()
  }
  return (
    <View className='committee-cancel-form'>
      <Text className='page-note'>取消的执委会不算召开过，也不计入执委的出席情况。</Text>
      <FormField label='取消的原因' name='reason' required error={errorAt(save.errors, 'reason')}>
        <TextArea className='committee-cancel-reason-input' value={reason} maxLength={200} onChange={setReason} />
      </FormField>
      {save.conflict ? <ConflictNotice reason={save.conflict} onReload={onDone} /> : null}
      <SaveBar busy={save.busy} onSave={() => void submit()} errors={save.errors} shownFields={['reason']} text='取消这次执委会' />
    </View>
  )
}
