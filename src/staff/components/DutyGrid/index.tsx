// The 七个一 at a glance, for 我的履职 and the top of 一本记录: each duty grouped by its period
// (季度, 半年, 年) with done / minimum and where it stands, the seed's own sentence in small
// print under it, what is still to do in plain words, and the women reached this year vs 10.
import { Text, View } from '@tarojs/components'
import type { DutyProgress, DutySummary } from '../../../../types/duty'
import { DUTY_STATUS_TONE, dutiesByPeriod, raisedNote, statusText } from '../../lib/duty'
import './index.css'

export interface DutyGridProps {
  summary: DutySummary
}

function DutyRow({ duty }: { duty: DutyProgress }) {
  const raised = raisedNote(duty)
  return (
    <View className={`duty-row duty-row--${duty.key} duty-row--${duty.status}`}>
      <View className='duty-row__head'>
        <Text className='duty-row__title'>{duty.title}</Text>
        <Text className='duty-row__count'>
          {duty.done}/{duty.minimum}
        </Text>
        <Text className={`duty-row__status duty-row__status--${DUTY_STATUS_TONE[duty.status]}`}>{statusText(duty)}</Text>
      </View>
      <Text className='duty-row__quote'>“{duty.citation.quote}”</Text>
      {raised ? <Text className='duty-row__raised'>{raised}</Text> : null}
    </View>
  )
}

export function DutyGrid({ summary }: DutyGridProps) {
  const { womenReached } = summary
  return (
    <View className='duty-grid'>
      {summary.todo.length > 0 ? (
        summary.todo.map((sentence) => (
          <Text key={sentence} className='duty-todo'>
            {sentence}
          </Text>
        ))
      ) : (
        <Text className='duty-todo duty-todo--done'>“七个一”本期都已完成。</Text>
      )}
      {dutiesByPeriod(summary.duties).map((group) => (
        <View key={group.period} className={`duty-period duty-period--${group.period}`}>
          <Text className='duty-period__title'>
            {group.label} · {group.spanLabel}
          </Text>
          {group.duties.map((duty) => (
            <DutyRow key={duty.key} duty={duty} />
          ))}
        </View>
      ))}
      <View className={`duty-women${womenReached.met ? ' duty-women--met' : ''}`}>
        <Text className='duty-women__text'>
          今年联系妇女 {womenReached.count} 人次，至少 {womenReached.minimum} 名{womenReached.met ? '，已达到' : ''}
        </Text>
      </View>
      <Text className='duty-source'>依据：《重庆市妇联关于实施“妇女之家”规范化建设的工作方案》附件2 妇联执委“七个一”联系制度</Text>
    </View>
  )
}
