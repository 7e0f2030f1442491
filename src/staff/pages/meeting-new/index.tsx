// 安排议事会: the chair calls a meeting and puts accepted topics on its agenda.
import { ConsoleShell } from '../../components/ConsoleShell'
import { MeetingForm } from './components/MeetingForm'

export default function MeetingNewPage() {
  return (
    <ConsoleShell className='meeting-new-page' chairOnly='只有主席可以安排议事会'>
      {(data) => <MeetingForm data={data} />}
    </ConsoleShell>
  )
}
