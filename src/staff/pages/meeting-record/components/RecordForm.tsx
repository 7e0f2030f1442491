// After the meeting: attendance of the invited members (出席, 请假, 缺席) and, per topic
// on the agenda, one record (一事一记) — the discussion, the decision, who carries it
// out and by when.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { MeetingDoc } from '../../../../../types/topicModel'
import type { ChairTopicView } from '../../../../../types/topics'
import { Choices } from '../../../../components/Choices'
import { FormField } from '../../../../components/FormField'
import { SaveBar } from '../../../../components/SaveBar'
import { Section } from '../../../../components/Section'
import { TextArea, TextInput } from '../../../../components/TextInput'
import { useSave } from '../../../../hooks/useSave'
import { errorAt, type FieldErrors } from '../../../../lib/fieldErrors'
import { meetingsUrl } from '../../../../lib/topicRoutes'
import { ConflictNotice } from '../../../components/ConflictNotice'
import { DateInput } from '../../../components/DateInput'
import type { ConsoleData } from '../../../lib/consoleStore'
import { goBackOr } from '../../../lib/navigation'
import { ATTENDANCE_LABEL, type AttendanceStatus, memberName } from './attendance'

type Status = AttendanceStatus
const STATUS_OPTIONS: { value: Status; label: string }[] = (['present', 'excused', 'absent'] as const).map((value) => ({ value, label: ATTENDANCE_LABEL[value] }))
interface Entry {
  topicId: string
  discussion: string
  decision: string
  owner: string
  dueDate: string | null
}

/** A topic left wholly blank was not discussed: it is left out of the record and goes back to 已立项. */
const isFilled = (entry: Entry) => Boolean(entry.discussion.trim() || entry.decision.trim() || entry.owner.trim())

/** `index`: the entry's place among the records sent (errors name it); -1 when it is left out. */
function TopicRecord({ index, title, entry, errors, onChange }: { index: number; title: string; entry: Entry; errors: FieldErrors; onChange: (entry: Entry) => void }) {
  const at = (field: string) => (index < 0 ? undefined : errorAt(errors, `records.${index}.${field}`))
  return (
    <View className='meeting-record__topic'>
      <Text className='form-field__label'>{title}</Text>
      <FormField label='议事情况' name={`records.${index}.discussion`} required error={at('discussion')}>
        <TextArea className='record-discussion-input' value={entry.discussion} onChange={(discussion) => onChange({ ...entry, discussion })} />
      </FormField>
      <FormField label='议定事项' name={`records.${index}.decision`} required error={at('decision')}>
        <TextArea className='record-decision-input' value={entry.decision} maxLength={500} onChange={(decision) => onChange({ ...entry, decision })} />
      </FormField>
      <FormField label='落实责任人' name={`records.${index}.owner`} required error={at('owner')}>
        <TextInput className='record-owner-input' value={entry.owner} maxLength={40} onChange={(owner) => onChange({ ...entry, owner })} />
      </FormField>
      <FormField label='完成时限' name={`records.${index}.dueDate`} error={at('dueDate')}>
        <DateInput className='record-due-input' clearable value={entry.dueDate} onChange={(dueDate) => onChange({ ...entry, dueDate })} />
      </FormField>
    </View>
  )
}

export interface RecordFormProps {
  data: ConsoleData
  meeting: MeetingDoc
  /** the agenda topics still waiting for their record */
  topics: ChairTopicView[]
  onConflict: () => void
}

export function RecordForm({ data, meeting, topics, onConflict }: RecordFormProps) {
  const [attendance, setAttendance] = useState<Record<string, Status>>(() => Object.fromEntries(meeting.invitedMemberIds.map((id) => [id, 'present' as Status])))
  const [entries, setEntries] = useState<Entry[]>(() => topics.map((topic) => ({ topicId: topic._id, discussion: '', decision: '', owner: '', dueDate: null })))
  const save = useSave({ keepConflict: true })
  const submit = async () => {
    const payload = {
      meetingId: meeting._id,
      version: meeting.version,
      attendance: Object.entries(attendance).map(([memberId, status]) => ({ memberId, status })),
      records: entries.filter(isFilled),
    }
    const saved = await save.run('topics', 'recordMeeting', payload, { done: '已记录' })
    if (saved) goBackOr(meetingsUrl(data.org._id))
  }
  return (
    <View className='record-form'>
      <Section title='出席情况' className='meeting-attendance'>
        {meeting.invitedMemberIds.length === 0 ? <Text className='page-note'>这次议事没有邀请执委。</Text> : null}
        {meeting.invitedMemberIds.map((memberId) => (
          <FormField key={memberId} label={memberName(data, memberId)} name={`attendance.${memberId}`}>
            <Choices
              className='attendance-choice'
              options={STATUS_OPTIONS}
              selected={[attendance[memberId]]}
              onToggle={(status) => setAttendance((all) => ({ ...all, [memberId]: status }))}
            />
          </FormField>
        ))}
      </Section>
      <Section title='一事一记' className='meeting-records'>
        {entries.length > 1 ? <Text className='page-note'>没有议到的议题留空即可：保存后它退回“已立项”，可以列入下次议事。</Text> : null}
        {entries.map((entry, index) => (
          <TopicRecord
            key={entry.topicId}
            index={isFilled(entry) ? entries.slice(0, index).filter(isFilled).length : -1}
            title={topics[index]?.title ?? ''}
            entry={entry}
            errors={save.errors}
            onChange={(next) => setEntries((all) => all.map((old, at) => (at === index ? next : old)))}
          />
        ))}
      </Section>
      {save.conflict ? <ConflictNotice reason={save.conflict} onReload={onConflict} /> : null}
      <SaveBar busy={save.busy} onSave={() => void submit()} errors={save.errors} shownFields={['attendance', 'records']} text='保存议事记录' />
    </View>
  )
}
