// Adding or editing one area (楼栋 / 网格 / 村民小组) and who covers it.
import { StateView } from '../../../components/StateView'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { ConsoleShell } from '../../components/ConsoleShell'
import { useConsole } from '../../hooks/useConsole'
import { canEdit } from '../../lib/labels'
import { AreaForm } from './components/AreaForm'

export default function AreaEditPage() {
  const areaId = readParam(usePageParams(), 'areaId')
  const { state, reload } = useConsole()
  return (
    <ConsoleShell className='area-edit-page' state={state} onRetry={() => void reload()}>
      {(data) => {
        const area = areaId ? data.areas.find((candidate) => candidate._id === areaId) ?? null : null
        if (!canEdit(data.role)) return <StateView kind='empty' title='只有主席可以修改片区' />
        if (areaId && !area) return <StateView kind='empty' title='没有找到这个片区' detail='它可能刚被删除了。' />
        return <AreaForm key={area?.version ?? 'new'} data={data} area={area} onReload={() => void reload()} />
      }}
    </ConsoleShell>
  )
}
