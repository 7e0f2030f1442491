// 记录执委会: each 执委 called marked 出席, 请假 (with its reason) or 缺席, and the minutes. The
// save names the version she saw: if the meeting moved on first, the server's reason is shown
// with a way to reload (ConflictNotice), and nothing is overwritten.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { COMMITTEE_ATTENDANCE, COMMITTEE_ATTENDANCE_LABEL, type CommitteeAttendance, type CommitteeMeetingDoc } from '../../../../../types/committee'
import { Choices } from '../../../../components/Choices'
import { FormField } from '../../../../components/FormField'
import { SaveBar } from '../../../../components/SaveBar'
import { Section } from '../../../../components/Section'
import { TextArea, TextInput } from '../../../../components/TextInput'
import { useSave } from '../../../../hooks/useSave'
import { errorAt } from '../../../../lib/fieldErrors'
import { ConflictNotice } from '../../../components/ConflictNotice'
import { nameOf } from '../../../lib/committee'
import type { ConsoleData } from '../../../lib/consoleStore'

type Status = CommitteeAttendance['status']
const STATUS_OPTIONS = COMMITTEE_ATTENDANCE.map((value) => ({ value, label: COMMITTEE_ATTENDANCE_LABEL[value] }))

export interface RecordCommitteeProps {
  data: ConsoleData
  meeting: CommitteeMeetingDoc
  onSaved: () => void
}

export function RecordCommittee({ data, meeting, onSaved }: RecordCommitteeProps) {
  const [marks, setMarks] = useState<CommitteeAttendance[]>(() => meeting.invitedMemberIds.map((memberId) => ({ memberId, status: 'present' as Status, reason: '' })))
  const [minutes, setMinutes] = useState('')
  const save = useSave({ keepConflict: true })
  const mark = (index: number, change: Partial<CommitteeAttendance>) => setMarks((all) => all.map((old, at) => (at === index ? { ...old, ...change } : old)))
  const submit = async () => {
    // a reason typed and then switched away from 请假 is not sent
    const attendance = marks.map((m) => ({ ...m, reason: m.status === 'excused' ? m.reason : '' }))
    if (await save.run('org', 'recordCommittee', { meetingId: meeting._id, version: meeting.version, attendance, minutes }, { done: '已记录' })) onSaved()
  }
  const present = marks.filter((m) => m.status === 'present').length
  return (
    <View className='committee-record-form'>
      <Section title='出席情况' note={`出席 ${present}/应到 ${marks.length}`}>
        {save.errors.attendance ? <Text className='field-error committee-attendance-error'>{save.errors.attendance}</Text> : null}
        {marks.map((m, index) => (
          <View key={m.memberId} className='committee-attendance-row'>
            <FormField label={nameOf(data, m.memberId)} name={`attendance.${index}.status`}>
              <Choices className='committee-attendance-choice' options={STATUS_OPTIONS} selected={[m.status]} onToggle={(status) => mark(index, { status })} />
            </FormField>
            {m.status === 'excused' ? (
              <FormField label='请假原因' name={`attendance.${index}.reason`} required error={errorAt(save.errors, `attendance.${index}.reason`)}>
                <TextInput className='committee-excuse-input' value={m.reason} maxLength={60} onChange={(reason) => mark(index, { reason })} />
              </FormField>
            ) : null}
          </View>
        ))}
      </Section>
      <Section title='会议纪要'>
        <FormField label='会议纪要' name='minutes' required error={errorAt(save.errors, 'minutes')}>
          <TextArea className='committee-minutes-input' value={minutes} maxLength={3000} onChange={setMinutes} />
        </FormField>
      </Section>
      {save.conflict ? <ConflictNotice reason={save.conflict} onReload={onSaved} /> : null}
      <SaveBar busy={save.busy} onSave={() => void submit()} errors={save.errors} shownFields={['attendance', 'minutes']} text='保存执委会记录' />
    </View>
  )
}
