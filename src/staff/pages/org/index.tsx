// One federation's console: how complete its board is, what the rules say is off
// (each warning with its source), and the way into every part she may keep.
import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { ConsoleShell } from '../../components/ConsoleShell'
import type { ConsoleData } from '../../lib/consoleStore'
import { canEdit } from '../../lib/labels'
import { ConsoleHeader } from './components/ConsoleHeader'
import { ConsoleMenu } from './components/ConsoleMenu'
import { WarningList } from './components/WarningList'
import './index.css'

function Console({ data }: { data: ConsoleData }) {
  const { name } = data.org
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: `${name}·工作台` })
  }, [name])
  return (
    <>
      <ConsoleHeader data={data} />
      <WarningList orgId={data.org._id} warnings={data.warnings} chair={canEdit(data.role)} />
      <ConsoleMenu data={data} />
    </>
  )
}

export default function OrgConsolePage() {
  return (
    <ConsoleShell className='org-console-page' loadingTitle='正在打开工作台…'>
      {(data) => <Console data={data} />}
    </ConsoleShell>
  )
}
