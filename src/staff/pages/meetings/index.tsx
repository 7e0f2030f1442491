// 议事会议: the federation's meetings — those still to be recorded (earliest first, so an
// overdue one is on top), the recorded ones (存档, latest first) and the called-off ones.
// A meeting opens its record page; from here the chair also calls a new one.
import { useState } from 'react'
import { View } from '@tarojs/components'
import { MEETING_FORM_LABEL, type MeetingStatus } from '../../../../types/topicModel'
import type { MeetingListItem } from '../../../../types/topics'
import { ActionButton } from '../../../components/ActionButton'
import { Choices } from '../../../components/Choices'
import { ListRow } from '../../../components/ListRow'
import { PagedList, pagedNote } from '../../../components/PagedList'
import { Section } from '../../../components/Section'
import { beijingDateTime } from '../../../lib/dates'
import { openPage } from '../../../lib/routes'
import { meetingNewUrl, meetingRecordUrl } from '../../../lib/topicRoutes'
import { ConsoleShell } from '../../components/ConsoleShell'
import type { ConsoleData } from '../../lib/consoleStore'
import { useMeetings } from './useMeetings'
import '../topics/topics.css'

const TABS: { value: MeetingStatus; label: string }[] = [
  { value: 'scheduled', label: '待记录' },
  { value: 'recorded', label: '已记录' },
  { value: 'cancelled', label: '已取消' },
]
const EMPTY: Record<MeetingStatus, string> = { scheduled: '没有待记录的议事会。', recorded: '还没有记录过议事会。', cancelled: '没有取消过议事会。' }

function MeetingRow({ meeting, orgId }: { meeting: MeetingListItem; orgId: string }) {
  const started = Date.parse(meeting.startsAt) <= Date.now()
  const badge = meeting.status === 'recorded' ? '已记录' : meeting.status === 'cancelled' ? '已取消' : started ? '待记录' : '未开始'
  return (
    <ListRow
      className='meeting-row'
      title={`${beijingDateTime(meeting.startsAt)} ${MEETING_FORM_LABEL[meeting.form]}`}
      badge={badge}
      badgeTone={badge === '待记录' ? 'warn' : badge === '已记录' ? 'good' : 'muted'}
      lines={[`${meeting.place} · 主持 ${meeting.host}`, `议题：${meeting.topicTitles.join('、')}`]}
      onOpen={() => openPage(meetingRecordUrl(orgId, meeting._id))}
    />
  )
}

function MeetingList({ data }: { data: ConsoleData }) {
  const [status, setStatus] = useState<MeetingStatus>('scheduled')
  const list = useMeetings(data.org._id, status)
  return (
    <View>
      <View className='console-topics__add'>
        <ActionButton className='schedule-meeting-button' text='安排议事会' onClick={() => openPage(meetingNewUrl(data.org._id))} />
      </View>
      <Section title='议事会议' note={pagedNote(list, '次')}>
        <Choices className='meeting-status' options={TABS} selected={[status]} onToggle={setStatus} />
        <PagedList list={list} errorTitle='议事会议没有读到' emptyText={EMPTY[status]}>
          {(meeting) => <MeetingRow key={meeting._id} meeting={meeting} orgId={data.org._id} />}
        </PagedList>
      </Section>
    </View>
  )
}

export default function MeetingsPage() {
  return (
    <ConsoleShell className='meetings-page' chairOnly='只有主席可以查看议事会议'>
      {(data) => <MeetingList data={data} />}
    </ConsoleShell>
  )
}
