// A member's 七个一 at a glance, shared by 履职情况 and one member's page: a chip per duty
// (已完成 / 待完成 / 落后), her last entry, the women she reached this year in 人次, and the
// one-year flag with its seed sentence and the words that it only proposes.
import { Text, View } from '@tarojs/components'
import type { DutyStatus, DutySummary } from '../../../../types/duty'
import { EXIT_DECISION_CITATION } from '../../../../types/dutyCadence'
import './index.css'

export const DUTY_STATUS_LABEL: Record<DutyStatus, string> = { done: '已完成', due: '待完成', behind: '落后' }

export interface DutyChipsProps {
  summary: DutySummary
}

export function DutyChips({ summary }: DutyChipsProps) {
  return (
    <View className='duty-chips'>
      {summary.duties.map((duty) => (
        <Text key={duty.key} className={`duty-chip duty-chip--${duty.status} duty-chip--${duty.key}`}>
          {`${duty.title} ${duty.done}/${duty.minimum} · ${DUTY_STATUS_LABEL[duty.status]}`}
        </Text>
      ))}
    </View>
  )
}

/** “最近一次记录”, and the women reached this year against the seed's 10 (人次: counts added up, a woman met twice counts twice). */
export function dutyFacts(summary: DutySummary): string[] {
  const { count, minimum, met } = summary.womenReached
  return [`最近一次记录：${summary.lastEntryDate ?? '近一年多没有记录'}`, `今年联系妇女 ${count} 人次${met ? '' : `，不足 ${minimum} 名`}`]
}

/** 手册 六（八）: the flag, the sentence it rests on, and that the committee decides. */
export function SilentYearNote({ summary }: DutyChipsProps) {
  const flag = summary.silentYear
  if (!flag) return null
  return (
    <View className='silent-year'>
      <Text className='silent-year__title'>超过一年没有履职</Text>
      <Text className='silent-year__line'>{flag.message}</Text>
      <Text className='silent-year__cite'>{`依据：${flag.citation.article}：“${flag.citation.quote}”，${EXIT_DECISION_CITATION.quote}。`}</Text>
      <Text className='silent-year__line'>是否退出，由推荐单位提出建议、执委会讨论决定。</Text>
    </View>
  )
}
