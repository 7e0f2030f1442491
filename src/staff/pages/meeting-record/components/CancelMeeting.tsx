// 取消议事会: the chair calls a meeting off before it is recorded and says why. Its
// agenda topics go back to 已立项 for another meeting; the members asked are told in
// their 消息. A refusal is shown in the server's words.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { MeetingDoc } from '../../../../../types/topicModel'
import { FormField } from '../../../../components/FormField'
import { SaveBar } from '../../../../components/SaveBar'
import { TextArea } from '../../../../components/TextInput'
import { useSave } from '../../../../hooks/useSave'
import { errorAt } from '../../../../lib/fieldErrors'
import { ConflictNotice } from '../../../components/ConflictNotice'

export interface CancelMeetingProps {
  meeting: MeetingDoc
  onCancelled: () => void
}

export function CancelMeeting({ meeting, onCancelled }: CancelMeetingProps) {
  const [reason, setReason] = useState('')
  const save = useSave({ keepConflict: true })
  const submit = async () => {
    if (await save.run('topics', 'cancelMeeting', { meetingId: meeting._id, version: meeting.version, reason }, { done: '已取消' })) onCancelled()
  }
  return (
    <View className='meeting-cancel-form'>
      <Text className='page-note'>取消后，议程上的议题退回“已立项”，可以列入下次议事；受邀的执委会在“消息”里收到通知。</Text>
      <FormField label='取消的原因' name='reason' required error={errorAt(save.errors, 'reason')}>
        <TextArea className='meeting-cancel-reason-input' value={reason} maxLength={200} onChange={setReason} />
      </FormField>
      {save.conflict ? <ConflictNotice reason={save.conflict} onReload={onCancelled} /> : null}
      <SaveBar busy={save.busy} onSave={() => void submit()} errors={save.errors} shownFields={['reason']} text='取消这次议事会' />
    </View>
  )
}
