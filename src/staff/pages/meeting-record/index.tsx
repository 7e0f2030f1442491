// 记录议事: the meeting as the server has it (so any of the chair's phones can record
// it). Before it is recorded: who came and, per agenda topic, what was decided — and a
// way to change it or call it off. After: the minutes as kept (存档), with a way to
// complete a record that was cut off. A called-off meeting shows why.
import { StateView } from '../../../components/StateView'
import { useCall } from '../../../hooks/useCall'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { ConsoleShell } from '../../components/ConsoleShell'
import type { ConsoleData } from '../../lib/consoleStore'
import { MeetingChanges } from './components/MeetingChanges'
import { MeetingHeader } from './components/MeetingHeader'
import { MeetingMinutes } from './components/MeetingMinutes'
import { RecordForm } from './components/RecordForm'
import '../topics/topics.css'

function Meeting({ data, meetingId }: { data: ConsoleData; meetingId: string }) {
  const { state, reload } = useCall('topics', 'getMeeting', { meetingId })
  if (state.status === 'loading') return <StateView kind='loading' title='正在读取议事…' />
  if (state.status === 'error') return <StateView kind='error' title='议事没有读到' detail={state.error.message} actionText='重新加载' onAction={() => void reload()} />
  const { meeting, topics } = state.data
  const waiting = topics.filter((topic) => topic.state === 'scheduled' && topic.meetingId === meeting._id)
  return (
    <>
      <MeetingHeader meeting={meeting} />
      {meeting.status === 'recorded' ? <MeetingMinutes data={data} meeting={meeting} topics={topics} onCompleted={() => void reload()} /> : null}
      {meeting.status === 'scheduled' && waiting.length === 0 ? <StateView kind='empty' title='这次议事没有待记录的议题' /> : null}
      {meeting.status === 'scheduled' && waiting.length > 0 ? (
        <RecordForm key={meeting.version} data={data} meeting={meeting} topics={waiting} onConflict={() => void reload()} />
      ) : null}
      {meeting.status === 'scheduled' ? <MeetingChanges key={`changes-${meeting.version}`} data={data} meeting={meeting} onChanged={() => void reload()} /> : null}
    </>
  )
}

export default function MeetingRecordPage() {
  const meetingId = readParam(usePageParams(), 'meetingId')
  return (
    <ConsoleShell className='meeting-record-page' chairOnly='只有主席可以记录议事'>
      {(data) => <Meeting data={data} meetingId={meetingId} />}
    </ConsoleShell>
  )
}
