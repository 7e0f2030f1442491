// One federation's console: how complete its board is, what the rules say is off
// (each warning with its source), and the way into every part she may keep.
import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { ConsoleShell } from '../../components/ConsoleShell'
import { useConsole } from '../../hooks/useConsole'
import { ConsoleHeader } from './components/ConsoleHeader'
import { ConsoleMenu } from './components/ConsoleMenu'
import { WarningList } from './components/WarningList'
import './index.css'

export default function OrgConsolePage() {
  const { state, reload } = useConsole()
  const name = state.status === 'ready' ? state.data.org.name : null
  useEffect(() => {
    if (name) void Taro.setNavigationBarTitle({ title: `${name}·工作台` })
  }, [name])
  return (
    <ConsoleShell className='org-console-page' state={state} onRetry={() => void reload()} loadingTitle='正在打开工作台…'>
      {(data) => (
        <>
          <ConsoleHeader data={data} />
          <WarningList warnings={data.warnings} />
          <ConsoleMenu data={data} />
        </>
      )}
    </ConsoleShell>
  )
}
