// 安排议事会: the chair calls a meeting and puts accepted topics on its agenda.
import { StateView } from '../../../components/StateView'
import { ConsoleShell } from '../../components/ConsoleShell'
import { useConsole } from '../../hooks/useConsole'
import { canEdit } from '../../lib/labels'
import { MeetingForm } from './components/MeetingForm'

export default function MeetingNewPage() {
  const { state, reload } = useConsole()
  return (
    <ConsoleShell className='meeting-new-page' state={state} onRetry={() => void reload()}>
      {(data) => (canEdit(data.role) ? <MeetingForm data={data} /> : <StateView kind='empty' title='只有主席可以安排议事会' />)}
    </ConsoleShell>
  )
}
