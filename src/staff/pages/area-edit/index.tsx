// Adding or editing one area (楼栋 / 网格 / 村民小组) and who covers it.
import { StateView } from '../../../components/StateView'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { ConsoleShell } from '../../components/ConsoleShell'
import { AreaForm } from './components/AreaForm'

export default function AreaEditPage() {
  const areaId = readParam(usePageParams(), 'areaId')
  return (
    <ConsoleShell className='area-edit-page' chairOnly='只有主席可以修改片区'>
      {(data, reload) => {
        const area = areaId ? (data.areas.find((candidate) => candidate._id === areaId) ?? null) : null
        if (areaId && !area) return <StateView kind='empty' title='没有找到这个片区' detail='它可能刚被删除了。' />
        return <AreaForm key={area?.version ?? 'new'} data={data} area={area} onReload={reload} />
      }}
    </ConsoleShell>
  )
}
