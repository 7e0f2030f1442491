// 记录议事: after a meeting, the chair records who came and, per topic, what was decided.
import { StateView } from '../../../components/StateView'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { ConsoleShell } from '../../components/ConsoleShell'
import { useChairTopics } from '../../hooks/useChairTopics'
import { useConsole } from '../../hooks/useConsole'
import type { ConsoleData } from '../../lib/consoleStore'
import { rememberedMeeting } from '../../lib/meetings'
import { RecordForm } from './components/RecordForm'
import '../topics/topics.css'

function Agenda({ data, meetingId }: { data: ConsoleData; meetingId: string }) {
  const list = useChairTopics(data.org._id, 'own', 'scheduled')
  if (list.error) return <StateView kind='error' title='议程没有读到' detail={list.error.message} actionText='重新加载' onAction={() => void list.reload()} />
  if (!list.topics) return <StateView kind='loading' title='正在读取议程…' />
  const topics = list.topics.filter((topic) => topic.meetingId === meetingId)
  if (topics.length === 0) return <StateView kind='empty' title='这次议事没有待记录的议题' />
  return <RecordForm data={data} meetingId={meetingId} meeting={rememberedMeeting(meetingId)} topics={topics} />
}

export default function MeetingRecordPage() {
  const meetingId = readParam(usePageParams(), 'meetingId')
  const { state, reload } = useConsole()
  return (
    <ConsoleShell className='meeting-record-page' state={state} onRetry={() => void reload()}>
      {(data) => <Agenda data={data} meetingId={meetingId} />}
    </ConsoleShell>
  )
}
