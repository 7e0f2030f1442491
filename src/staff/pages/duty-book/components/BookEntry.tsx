// One entry of the printed 工作记录册: its date, what she did, how and where, the women reached
// and her note; what it led to. The women's names stay off paper (they are sealed).
import { Text, View } from '@tarojs/components'
import type { DutyEntryView } from '../../../../../types/duty'
import { DUTY_ENTRY_KIND_LABELS, DUTY_WAY_LABELS } from '../../../../../types/dutyCadence'
import type { AreaDoc } from '../../../../../types/documents'

export interface BookEntryProps {
  entry: DutyEntryView
  index: number
  areas: AreaDoc[]
}

export function BookEntry({ entry, index, areas }: BookEntryProps) {
  const area = entry.areaId ? areas.find((candidate) => candidate._id === entry.areaId)?.name : ''
  const led = [entry.links.topicId ? '已转为议题' : '', entry.links.requestId ? '已登记求助' : '', entry.links.activityId ? '关联活动' : ''].filter(Boolean).join('，')
  return (
    <View className='book-entry'>
      <View className='book-entry__head'>
        <Text className='book-entry__no'>{index + 1}.</Text>
        <Text className='book-entry__date'>{entry.date}</Text>
        <Text className='book-entry__kind'>{DUTY_ENTRY_KIND_LABELS[entry.kind]}</Text>
        <Text className='book-entry__meta'>
          {[DUTY_WAY_LABELS[entry.way], area, `妇女 ${entry.womenCount} 人`].filter(Boolean).join(' · ')}
          {entry.enteredBy === 'chair' ? ' · 主席代记' : ''}
        </Text>
      </View>
      {entry.note ? <Text className='book-entry__note'>{entry.note}</Text> : null}
      {led ? <Text className='book-entry__led'>{led}</Text> : null}
    </View>
  )
}
