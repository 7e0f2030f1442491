// Calling a 执委会: when and where, the agenda (each item of a kind the seeds name, with an
// optional line), and the 执委 called — every 主席、副主席 and 执委 in office, ticked to start
// with. A refusal is shown at its field in the server's words; a retried save makes one meeting.
import { useState } from 'react'
import { View } from '@tarojs/components'
import { COMMITTEE_AGENDA_KINDS, COMMITTEE_AGENDA_LABEL, type CommitteeAgendaKind } from '../../../../../types/committee'
import { Choices } from '../../../../components/Choices'
import { FormField } from '../../../../components/FormField'
import { SaveBar } from '../../../../components/SaveBar'
import { Section } from '../../../../components/Section'
import { TextInput } from '../../../../components/TextInput'
import { useSave } from '../../../../hooks/useSave'
import { beijingToday } from '../../../../lib/dates'
import { errorAt, type FieldErrors } from '../../../../lib/fieldErrors'
import { committeesUrl } from '../../../../lib/staffRoutes'
import { DateInput } from '../../../components/DateInput'
import { committeeOf } from '../../../lib/committee'
import type { ConsoleData } from '../../../lib/consoleStore'
import { beijingInstant } from '../../../lib/meetings'
import { goBackOr } from '../../../lib/navigation'

const FIELDS = ['startsAt', 'place', 'agenda', 'invitedMemberIds'] as const
const toggle = <T,>(list: T[], value: T): T[] => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value])

function AgendaPicker({
  kinds,
  titles,
  errors,
  onKinds,
  onTitle,
}: {
  kinds: CommitteeAgendaKind[]
  titles: Partial<Record<CommitteeAgendaKind, string>>
  errors: FieldErrors
  onKinds: (kinds: CommitteeAgendaKind[]) => void
  onTitle: (kind: CommitteeAgendaKind, title: string) => void
}) {
  return (
    <>
      <FormField label='议程' name='agenda' required error={errorAt(errors, 'agenda')}>
        <Choices
          className='committee-agenda'
          options={COMMITTEE_AGENDA_KINDS.map((value) => ({ value, label: COMMITTEE_AGENDA_LABEL[value] }))}
          selected={kinds}
          onToggle={(kind) => onKinds(toggle(kinds, kind))}
        />
      </FormField>
      {kinds.map((kind, index) => (
        <FormField key={kind} label={`${COMMITTEE_AGENDA_LABEL[kind]}：说明（可不填）`} name={`agenda.${index}.title`} error={errorAt(errors, `agenda.${index}.title`)}>
          <TextInput className={`committee-agenda-title committee-agenda-title--${kind}`} value={titles[kind] ?? ''} maxLength={60} onChange={(title) => onTitle(kind, title)} />
        </FormField>
      ))}
    </>
  )
}

export function CommitteeForm({ data }: { data: ConsoleData }) {
  const orgId = data.org._id
  const committee = committeeOf(data)
  const [date, setDate] = useState(beijingToday())
  const [time, setTime] = useState('09:00')
  const [place, setPlace] = useState(data.org.homeName ?? '')
  const [kinds, setKinds] = useState<CommitteeAgendaKind[]>([])
  const [titles, setTitles] = useState<Partial<Record<CommitteeAgendaKind, string>>>({})
  const [invited, setInvited] = useState<string[]>(() => committee.map((member) => member._id))
  const save = useSave({ oneRecord: true })
  const submit = async () => {
    const payload = {
      orgId,
      startsAt: beijingInstant(date, time),
      place,
      agenda: kinds.map((kind) => ({ kind, title: titles[kind] ?? '' })),
      invitedMemberIds: invited,
    }
    if (await save.run('org', 'scheduleCommittee', payload, { done: '已召集' })) goBackOr(committeesUrl(orgId))
  }
  return (
    <View className='committee-form'>
      <Section title='执委会全体会议'>
        <FormField label='日期和时间' name='startsAt' required error={errorAt(save.errors, 'startsAt')}>
          <DateInput className='committee-date-input' value={date} onChange={(value) => setDate(value ?? '')} />
          <DateInput className='committee-time-input' mode='time' value={time} onChange={(value) => setTime(value ?? '')} />
        </FormField>
        <FormField label='地点' name='place' required error={errorAt(save.errors, 'place')}>
          <TextInput className='committee-place-input' value={place} maxLength={60} onChange={setPlace} />
        </FormField>
        <AgendaPicker kinds={kinds} titles={titles} errors={save.errors} onKinds={setKinds} onTitle={(kind, title) => setTitles((all) => ({ ...all, [kind]: title }))} />
      </Section>
      <Section title='参会执委' note={`已选 ${invited.length}/${committee.length} 人`}>
        <FormField label='通知参会的主席、副主席和执委' name='invitedMemberIds' required error={errorAt(save.errors, 'invitedMemberIds')}>
          <Choices
            className='committee-invited'
            options={committee.map((member) => ({ value: member._id, label: member.name }))}
            selected={invited}
            onToggle={(id) => setInvited((all) => toggle(all, id))}
            emptyText='本会还没有在任的执委'
          />
        </FormField>
      </Section>
      <SaveBar busy={save.busy} onSave={() => void submit()} errors={save.errors} shownFields={FIELDS} text='召集执委会' />
    </View>
  )
}
