// The list she picks her area from, grouped by kind (楼栋 / 网格 / 村民小组), with a
// filter box when the list is long.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { BoardArea, GetBoardOutput } from '../../../../../types/board'
import { AREA_KINDS } from '../../../../../types/vocabulary'
import { StateView } from '../../../../components/StateView'
import { TextInput } from '../../../../components/TextInput'
import { areaKindLabel } from '../../../../lib/labels'
import { ChairContact } from './ChairContact'
import './AreaPicker.css'

export interface AreaPickerProps {
  data: GetBoardOutput
  onPick: (areaId: string) => void
}

/** Above this many areas a filter box helps more than scrolling. */
const FILTER_THRESHOLD = 8

function AreaOption({ area, memberName, onPick }: { area: BoardArea; memberName?: string; onPick: () => void }) {
  return (
    <View className='area-option' hoverClass='area-option--pressed' onClick={onPick}>
      <View className='area-option__text'>
        <Text className='area-option__name'>{area.name}</Text>
        <Text className='area-option__who'>{memberName ? `执委：${memberName}` : '暂无执委联系'}</Text>
      </View>
      <Text className='area-option__arrow'>›</Text>
    </View>
  )
}

export function AreaPicker({ data, onPick }: AreaPickerProps) {
  const [filter, setFilter] = useState('')
  const { areas, members } = data.board
  if (areas.length === 0) {
    return (
      <View>
        <StateView kind='empty' title='还没有划分联系片区' detail='这里的执委还没有分片联系楼栋或小组，请直接联系妇联主席。' />
        <ChairContact data={data} title='妇联主席' />
      </View>
    )
  }
  const memberName = new Map(members.map((member) => [member.id, member.name]))
  const needle = filter.trim()
  const shown = needle ? areas.filter((area) => area.name.includes(needle)) : areas
  const groups = AREA_KINDS.map((kind) => ({ kind, areas: shown.filter((area) => area.kind === kind) })).filter((g) => g.areas.length > 0)
  return (
    <View className='area-picker'>
      {areas.length > FILTER_THRESHOLD ? (
        <View className='area-filter'>
          <TextInput type='search' className='area-filter__input' value={filter} placeholder='输入楼栋号、网格或小组名筛选' maxLength={30} onChange={setFilter} />
        </View>
      ) : null}
      {groups.length === 0 ? <Text className='area-picker__none'>没有找到「{needle}」，换个写法试试，比如只输入数字。</Text> : null}
      {groups.map((group) => (
        <View key={group.kind} className='area-group'>
          <Text className='area-group__title'>
            {areaKindLabel(group.kind)}（{group.areas.length}）
          </Text>
          <View className='area-group__options'>
            {group.areas.map((area) => (
              <AreaOption key={area.id} area={area} memberName={area.memberId ? memberName.get(area.memberId) : undefined} onPick={() => onPick(area.id)} />
            ))}
          </View>
        </View>
      ))}
      <ChairContact data={data} title='找不到您住的地方？请联系妇联主席' />
    </View>
  )
}
