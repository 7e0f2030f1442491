// One month of the 轮值 planner: who is on duty, marked when nobody is or when two share
// it while another month is empty; a chair moves a member here or takes her off.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { ConsoleMember } from '../../../../../types/org'
import { POST_LABEL } from '../../../../../types/enums'
import { ActionButton } from '../../../../components/ActionButton'
import { Choices } from '../../../../components/Choices'
import { monthLabel } from '../../../lib/labels'
import type { RotationMonth } from '../rotationYear'

export interface MonthCardProps {
  entry: RotationMonth
  /** every 执委 in office, to pick from */
  executives: ConsoleMember[]
  editable: boolean
  onMove: (member: ConsoleMember) => void
  onRemove: (member: ConsoleMember) => void
}

const whereNow = (member: ConsoleMember) => (member.onDutyMonth ? `现在 ${monthLabel(member.onDutyMonth)}` : '还没安排')

function flagOf(entry: RotationMonth): string | null {
  if (entry.empty) return '没有人轮值'
  if (entry.clash) return `${entry.members.length} 人同月`
  return null
}

export function MonthCard({ entry, executives, editable, onMove, onRemove }: MonthCardProps) {
  const [picking, setPicking] = useState(false)
  const flag = flagOf(entry)
  const state = entry.empty ? ' rotation-month--empty' : entry.clash ? ' rotation-month--clash' : ''
  const others = executives.filter((m) => m.onDutyMonth !== entry.month)
  return (
    <View className={`rotation-month${state}${entry.current ? ' rotation-month--current' : ''}`} data-month={entry.month}>
      <View className='rotation-month__head'>
        <Text className='rotation-month__name'>{monthLabel(entry.month)}</Text>
        {entry.current ? <Text className='rotation-month__tag'>本月</Text> : null}
        {flag ? <Text className='rotation-month__flag'>{flag}</Text> : null}
      </View>
      {entry.members.map((member) => (
        <View key={member._id} className='rotation-member'>
          <Text className='rotation-member__name'>{member.name}</Text>
          <Text className='rotation-member__post'>{POST_LABEL[member.post]}</Text>
          {editable ? (
            <Text className='rotation-member__remove' onClick={() => onRemove(member)}>
              移出
            </Text>
          ) : null}
        </View>
      ))}
      {editable && !picking ? (
        <Text className='rotation-month__add' onClick={() => setPicking(true)}>
          {entry.empty ? '＋ 安排执委' : '＋ 再安排一位'}
        </Text>
      ) : null}
      {editable && picking ? (
        <View className='rotation-month__picker'>
          <Text className='page-note'>选一位执委到{monthLabel(entry.month)}轮值：</Text>
          <Choices
            className='rotation-choices'
            options={others.map((m) => ({ value: m._id, label: m.name, note: whereNow(m) }))}
            selected={[]}
            onToggle={(id) => {
              const member = others.find((m) => m._id === id)
              setPicking(false)
              if (member) onMove(member)
            }}
            emptyText='所有执委都已在这个月。'
          />
          <ActionButton variant='quiet' text='取消' onClick={() => setPicking(false)} />
        </View>
      ) : null}
    </View>
  )
}
