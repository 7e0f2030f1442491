// Adding or editing one activity: the plan, and afterwards its result with photos.
import { StateView } from '../../../components/StateView'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { ConsoleShell } from '../../components/ConsoleShell'
import { useConsole } from '../../hooks/useConsole'
import { canEdit } from '../../lib/labels'
import { ActivityForm } from './components/ActivityForm'

export default function ActivityEditPage() {
  const activityId = readParam(usePageParams(), 'activityId')
  const { state, reload } = useConsole()
  return (
    <ConsoleShell className='activity-edit-page' state={state} onRetry={() => void reload()}>
      {(data) => {
        const activity = activityId ? data.activities.find((candidate) => candidate._id === activityId) ?? null : null
        if (!canEdit(data.role)) return <StateView kind='empty' title='只有主席可以修改活动' />
        if (activityId && !activity) return <StateView kind='empty' title='没有找到这项活动' />
        return <ActivityForm key={activity?.version ?? 'new'} orgId={data.org._id} activity={activity} onReload={() => void reload()} />
      }}
    </ConsoleShell>
  )
}
