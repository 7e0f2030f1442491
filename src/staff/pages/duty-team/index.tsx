// 履职情况: every 执委 of the federation with her 七个一 this period (附件2), the one-year flag
// (手册 六（八）) and those behind first, 分片 coverage, and — for a federation above — each
// federation under it as counts, with a way into its own 履职情况. Her own chair records an
// entry for a member without a smartphone (代为记一笔), and opens the year's written 述职. Read
// again each time it shows again.
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { ActionButton } from '../../../components/ActionButton'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { useCall } from '../../../hooks/useCall'
import { openPage } from '../../../lib/routes'
import { dutyReportsUrl } from '../../../lib/staffRoutes'
import { ConsoleShell } from '../../components/ConsoleShell'
import type { ConsoleData } from '../../lib/consoleStore'
import { ChildRates } from './components/ChildRates'
import { CoverageBlock } from './components/CoverageBlock'
import { MemberDutyRow } from './components/MemberDutyRow'
import './index.css'

function Team({ data }: { data: ConsoleData }) {
  const orgId = data.org._id
  const overview = useCall('org', 'dutyOverview', { orgId })
  const counts = useCall('org', 'dutyCounts', { orgId })
  // back from 代为记一笔: read again (the first read is the one made when the view mounts)
  useDidShow(() => {
    if (overview.state.status === 'loading') return
    void overview.refresh()
    void counts.refresh()
  })
  if (overview.state.status === 'loading') return <StateView kind='loading' title='正在读取履职情况…' />
  if (overview.state.status === 'error')
    return <StateView kind='error' title='履职情况没有读到' detail={overview.state.error.message} actionText='重新加载' onAction={() => void overview.reload()} />
  const { asOf, members, silentCount } = overview.state.data
  const behindOnly = members.filter((row) => row.summary.behind && !row.summary.silentYear).length
  const children = counts.state.status === 'ready' ? counts.state.data.children : []
  return (
    <View>
      <View className='duty-team__head'>
        <Text className='duty-team__title'>{data.org.name}</Text>
        <Text className='duty-team__summary'>{`截至 ${asOf}：执委 ${members.length} 人，落后 ${behindOnly} 人，超过一年没有履职 ${silentCount} 人`}</Text>
        {counts.state.status === 'ready' ? (
          <Text className='duty-team__counts'>{`本季度共记录 ${counts.state.data.own.quarter.entries} 条，联系妇女 ${counts.state.data.own.quarter.women} 人次`}</Text>
        ) : null}
      </View>
      {counts.state.status === 'error' ? (
        <StateView kind='error' title='本季度的数字和下级妇联的情况没有读到' detail={counts.state.error.message} actionText='重新加载' onAction={() => void counts.reload()} />
      ) : null}
      {children.length > 0 ? <ChildRates items={children} /> : null}
      <View className='duty-team__reports'>
        <ActionButton className='duty-reports-button' variant='plain' text='年度书面述职：谁交了' onClick={() => openPage(dutyReportsUrl(orgId))} />
      </View>
      <Section title='每位执委的“七个一”' note='落后的排在前面' className='duty-team__members'>
        {members.length === 0 ? <Text className='page-note'>这里还没有在任的执委。</Text> : null}
        {members.map((row) => (
          <MemberDutyRow key={row.memberId} orgId={orgId} row={row} mayRecord={data.role === 'chair'} />
        ))}
      </Section>
      <CoverageBlock coverage={overview.state.data.coverage} />
    </View>
  )
}

export default function DutyTeamPage() {
  return (
    <ConsoleShell className='duty-team-page' loadingTitle='正在读取履职情况…' chairOnly='履职情况只有主席、副主席可以查看'>
      {(data) => <Team data={data} />}
    </ConsoleShell>
  )
}
