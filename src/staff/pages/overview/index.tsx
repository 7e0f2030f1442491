// 下级统计 (the view from above): for a federation's chairs, every federation under it as one
// row — its 台账 (计划、记录、总结), its 执委's 履职率 this quarter, its 议事 and how many were
// finished, its 求助 as 求助统计 publishes them, its 完整度 — in a table she sorts by any column,
// with the 合计 last; charts of the year; and the same rows as the 统计报表 workbook.
import { useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { OverviewOutput } from '../../../../types/overview'
import { Choices } from '../../../components/Choices'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { useCall } from '../../../hooks/useCall'
import { beijingToday } from '../../../lib/dates'
import { openPage } from '../../../lib/routes'
import { childrenUrl } from '../../../lib/staffRoutes'
import { ConsoleShell } from '../../components/ConsoleShell'
import type { ConsoleData } from '../../lib/consoleStore'
import { yearChoices } from '../ledgers/ledgers'
import { OverviewCharts } from './components/OverviewCharts'
import { OverviewTable } from './components/OverviewTable'
import { StatsExport } from './components/StatsExport'
import './index.css'

function Figures({ orgId, data }: { orgId: string; data: OverviewOutput }) {
  if (data.rows.length === 0)
    return (
      <StateView kind='empty' title='还没有下级组织' detail='在「下级组织」里添加后，这里按组织统计。' actionText='去添加下级组织' onAction={() => openPage(childrenUrl(orgId))} />
    )
  return (
    <View>
      <Section title='各下级妇联' note={`截至 ${data.asOf} · 共 ${data.orgCount} 个组织`} className='overview-rows'>
        {data.uncounted > 0 ? (
          <Text className='page-note overview-uncounted' aria-live='polite'>
            还有 {data.uncounted} 个组织的数字是第一次统计，正在统计中，表中暂按 0 计，稍后自动刷新。
          </Text>
        ) : null}
        <OverviewTable rows={data.rows} total={data.total} />
        <Text className='page-note overview-note'>
          台账：有年度计划、有活动记录、有年度总结的组织数。履职率：第{data.quarter}季度有履职记录的执委占在任执委的比例。议事：全年议题数和已办结数。每行的数字含其下级组织。
        </Text>
      </Section>
      <StatsExport orgId={orgId} year={data.year} orgCount={data.orgCount} />
      <OverviewCharts data={data} />
    </View>
  )
}

const REREAD_MS = 1500
const MAX_REREADS = 40

function Overview({ data }: { data: ConsoleData }) {
  const years = yearChoices(Number(beijingToday().slice(0, 4)))
  const [year, setYear] = useState(years[0]!)
  const orgId = data.org._id
  const { state, reload, refresh } = useCall('org', 'overview', { orgId, year })
  // federations never counted before are counted a few hundred per read: read again until none is left
  const rereads = useRef(0)
  const uncounted = state.status === 'ready' ? state.data.uncounted : 0
  useEffect(() => {
    if (uncounted === 0 || rereads.current >= MAX_REREADS) return
    const timer = setTimeout(() => {
      rereads.current += 1
      void refresh()
    }, REREAD_MS)
    return () => clearTimeout(timer)
  }, [uncounted, refresh])
  return (
    <View className='overview'>
      <Section title='年份'>
        <Choices className='overview-years' options={years.map((y) => ({ value: y, label: `${y}年` }))} selected={[year]} onToggle={setYear} />
      </Section>
      {state.status === 'loading' ? <StateView kind='loading' title='正在统计…' /> : null}
      {state.status === 'error' ? <StateView kind='error' title='统计没有读到' detail={state.error.message} actionText='重新加载' onAction={() => void reload()} /> : null}
      {state.status === 'ready' ? <Figures orgId={orgId} data={state.data} /> : null}
    </View>
  )
}

export default function OverviewPage() {
  return (
    <ConsoleShell className='overview-page' chairOnly='下级统计由主席、副主席查看'>
      {(data) => <Overview data={data} />}
    </ConsoleShell>
  )
}
