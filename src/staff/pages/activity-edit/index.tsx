// Adding or editing one activity: the plan, and afterwards its result with photos.
import { StateView } from '../../../components/StateView'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { ConsoleShell } from '../../components/ConsoleShell'
import { ActivityForm } from './components/ActivityForm'

export default function ActivityEditPage() {
  const activityId = readParam(usePageParams(), 'activityId')
  return (
    <ConsoleShell className='activity-edit-page' chairOnly='只有主席可以修改活动'>
      {(data, reload) => {
        const activity = activityId ? (data.activities.find((candidate) => candidate._id === activityId) ?? null) : null
        if (activityId && !activity) return <StateView kind='empty' title='没有找到这项活动' />
        return <ActivityForm key={activity?.version ?? 'new'} orgId={data.org._id} activity={activity} onReload={reload} />
      }}
    </ConsoleShell>
  )
}
