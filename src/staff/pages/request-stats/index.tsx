// 求助统计: counts by state, category and month, the median time to acceptance and to
// closure, and the overdue count — for this federation or rolled up over the ones
// under it. Her own federation's figures are exact for its chair (she can open those
// cases anyway); every other figure identifies no case: a count of 1 to 4 shows as
// "少于5", a count it could be worked out from as "—", and a roll-up adds up only what
// each federation below shows.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { RequestStats } from '../../../../types/requests'
import { REQUEST_CATEGORY_LABEL, REQUEST_STATE_LABEL } from '../../../../types/requestModel'
import { Choices } from '../../../components/Choices'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { useCall } from '../../../hooks/useCall'
import { usePageParams } from '../../../hooks/usePageParams'
import type { StatsScope } from '../../../lib/helpRoutes'
import { readParam } from '../../../lib/params'
import { countText, durationText, monthText } from '../../lib/requests'
import './stats.css'

const SCOPES: { value: StatsScope; label: string }[] = [
  { value: 'own', label: '本会' },
  { value: 'rollup', label: '含下级妇联' },
]

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='stats-row'>
      <Text className='stats-row__label'>{label}</Text>
      <Text className='stats-row__value'>{value}</Text>
    </View>
  )
}

const SUPPRESSION_RULE = '少于 5 件的数字显示为「少于5」，能据此推算出它们的数字显示为「—」，汇总只把各妇联显示的数字相加、推算不出的部分给出范围；统计里没有任何个人信息。'

function privacyNote(stats: RequestStats): string {
  if (!stats.ownExact) return `为保护求助人，${SUPPRESSION_RULE}`
  if (stats.scope === 'own') return '这些是本会自己的求助，您都能打开查看，所以数字是准确的；统计里没有任何个人信息。'
  return `本会自己的求助按准确数字计入。为保护求助人，下级妇联${SUPPRESSION_RULE}`
}

function Figures({ stats }: { stats: RequestStats }) {
  return (
    <View>
      <Section title='总体' className='stats-total'>
        <Row label='求助总数' value={countText(stats.total)} />
        <Row label='逾期未办' value={countText(stats.overdue)} />
        <Row label='受理用时（中位数）' value={durationText(stats.medianHoursToAccept)} />
        <Row label='办结用时（中位数）' value={durationText(stats.medianHoursToClose)} />
      </Section>
      <Section title='按状态' className='stats-by-state'>
        {stats.byState.map((row) => (
          <Row key={row.state} label={REQUEST_STATE_LABEL[row.state]} value={countText(row.count)} />
        ))}
      </Section>
      <Section title='按类别' className='stats-by-category'>
        {stats.byCategory.map((row) => (
          <Row key={row.category} label={REQUEST_CATEGORY_LABEL[row.category]} value={countText(row.count)} />
        ))}
      </Section>
      <Section title='按月份' note='近 12 个月' className='stats-by-month'>
        {stats.byMonth.map((row) => (
          <Row key={row.month} label={monthText(row.month)} value={countText(row.count)} />
        ))}
      </Section>
      <Text className='stats-note'>{privacyNote(stats)}</Text>
    </View>
  )
}

export default function RequestStatsPage() {
  const params = usePageParams()
  const orgId = readParam(params, 'orgId')
  const [scope, setScope] = useState<StatsScope>(readParam(params, 'scope') === 'rollup' ? 'rollup' : 'own')
  const { state, refresh } = useCall('requests', 'stats', { orgId, scope })
  return (
    <View className='page staff-page request-stats-page'>
      <Section title='范围'>
        <Choices className='stats-scope' options={SCOPES} selected={[scope]} onToggle={setScope} />
      </Section>
      {state.status === 'loading' ? <StateView kind='loading' title='正在统计…' /> : null}
      {state.status === 'error' ? <StateView kind='error' title='统计没有读到' detail={state.error.message} actionText='重新加载' onAction={() => void refresh()} /> : null}
      {state.status === 'ready' ? <Figures stats={state.data} /> : null}
    </View>
  )
}
