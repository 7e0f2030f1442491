// Before a meeting is recorded: change it (改期或修改安排) or call it off (取消), one
// opened at a time so the page stays short on a phone.
import { useState } from 'react'
import { View } from '@tarojs/components'
import type { MeetingDoc } from '../../../../../types/topicModel'
import { Choices } from '../../../../components/Choices'
import { Section } from '../../../../components/Section'
import type { ConsoleData } from '../../../lib/consoleStore'
import { CancelMeeting } from './CancelMeeting'
import { ChangeMeeting } from './ChangeMeeting'

type Change = 'change' | 'cancel'
const OPTIONS: { value: Change; label: string }[] = [
  { value: 'change', label: '改期或修改安排' },
  { value: 'cancel', label: '取消议事会' },
]

export function MeetingChanges({ data, meeting, onChanged }: { data: ConsoleData; meeting: MeetingDoc; onChanged: () => void }) {
  const [open, setOpen] = useState<Change | null>(null)
  return (
    <Section title='修改或取消' className='meeting-changes'>
      <Choices className='meeting-change-choice' options={OPTIONS} selected={open ? [open] : []} onToggle={(value) => setOpen((now) => (now === value ? null : value))} />
      <View>
        {open === 'change' ? <ChangeMeeting data={data} meeting={meeting} onChanged={onChanged} /> : null}
        {open === 'cancel' ? <CancelMeeting meeting={meeting} onCancelled={onChanged} /> : null}
      </View>
    </Section>
  )
}
