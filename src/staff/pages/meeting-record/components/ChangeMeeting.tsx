// 改期或修改安排: before a meeting is recorded the chair may move it to another day or
// hour, another place or host, or ask other members. The agenda stays. The members
// asked, before or now, are told in their 消息; a refusal is shown in the server's words.
import { useState } from 'react'
import { View } from '@tarojs/components'
import type { MeetingDoc } from '../../../../../types/topicModel'
import { Choices } from '../../../../components/Choices'
import { FormField } from '../../../../components/FormField'
import { SaveBar } from '../../../../components/SaveBar'
import { TextInput } from '../../../../components/TextInput'
import { useSave } from '../../../../hooks/useSave'
import { beijingDateTime } from '../../../../lib/dates'
import { errorAt } from '../../../../lib/fieldErrors'
import { ConflictNotice } from '../../../components/ConflictNotice'
import { DateInput } from '../../../components/DateInput'
import type { ConsoleData } from '../../../lib/consoleStore'
import { beijingInstant } from '../../../lib/meetings'

const FIELDS = ['startsAt', 'place', 'host', 'invitedMemberIds'] as const
const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value])

export interface ChangeMeetingProps {
  data: ConsoleData
  meeting: MeetingDoc
  onChanged: () => void
}

export function ChangeMeeting({ data, meeting, onChanged }: ChangeMeetingProps) {
  const [when] = useState(() => beijingDateTime(meeting.startsAt).split(' '))
  const [date, setDate] = useState(when[0])
  const [time, setTime] = useState(when[1])
  const [place, setPlace] = useState(meeting.place)
  const [host, setHost] = useState(meeting.host)
  const [invited, setInvited] = useState(meeting.invitedMemberIds)
  const save = useSave({ keepConflict: true })
  const members = data.members.filter((member) => member.status === 'active' || meeting.invitedMemberIds.includes(member._id))
  const submit = async () => {
    const { form, representatives, guests } = meeting
    const payload = {
      meetingId: meeting._id,
      version: meeting.version,
      form,
      startsAt: beijingInstant(date, time),
      place,
      host,
      invitedMemberIds: invited,
      representatives,
      guests,
    }
    if (await save.run('topics', 'updateMeeting', payload, { done: '已修改' })) onChanged()
  }
  return (
    <View className='meeting-change-form'>
      <FormField label='日期和时间' name='startsAt' required error={errorAt(save.errors, 'startsAt')}>
        <DateInput className='meeting-change-date-input' value={date} onChange={(value) => setDate(value ?? '')} />
        <DateInput className='meeting-change-time-input' mode='time' value={time} onChange={(value) => setTime(value ?? '')} />
      </FormField>
      <FormField label='地点' name='place' required error={errorAt(save.errors, 'place')}>
        <TextInput className='meeting-change-place-input' value={place} maxLength={60} onChange={setPlace} />
      </FormField>
      <FormField label='主持人' name='host' required error={errorAt(save.errors, 'host')}>
        <TextInput className='meeting-change-host-input' value={host} maxLength={20} onChange={setHost} />
      </FormField>
      <FormField label='参加的执委' name='invitedMemberIds' error={errorAt(save.errors, 'invitedMemberIds')}>
        <Choices
          className='meeting-change-invited'
          options={members.map((member) => ({ value: member._id, label: member.name }))}
          selected={invited}
          onToggle={(id) => setInvited((all) => toggle(all, id))}
        />
      </FormField>
      {save.conflict ? <ConflictNotice reason={save.conflict} onReload={onChanged} /> : null}
      <SaveBar busy={save.busy} onSave={() => void submit()} errors={save.errors} shownFields={FIELDS} text='保存修改并告知执委' />
    </View>
  )
}
