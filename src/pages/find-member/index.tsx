// 找我的执委: she picks her building / grid / villagers' group and sees the member who
// covers it, the backup, and whom to call when nobody does.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { StateView } from '../../components/StateView'
import { useBoardRoute } from '../../hooks/useBoardRoute'
import { areaKindsText } from '../../lib/labels'
import { AreaPicker } from './components/AreaPicker'
import { AreaResult } from './components/AreaResult'
import './index.css'

export default function FindMemberPage() {
  const { state, reload, redirecting } = useBoardRoute()
  const [areaId, setAreaId] = useState<string | null>(null)
  if (state.status === 'loading' || redirecting) {
    return (
      <View className='page find-member-page'>
        <StateView kind='loading' title='正在查找执委…' />
      </View>
    )
  }
  if (state.status === 'error') {
    return (
      <View className='page find-member-page'>
        <StateView kind='error' title='没有打开执委名单' detail={state.error.message} actionText='重新加载' onAction={() => void reload()} />
      </View>
    )
  }
  const data = state.board
  const area = data.board.areas.find((candidate) => candidate.id === areaId) ?? null
  const pick = (id: string | null) => {
    setAreaId(id)
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
  }
  return (
    <View className='page find-member-page'>
      <View className='find-member__intro'>
        <Text className='find-member__org'>{data.board.name}</Text>
        <Text className='find-member__hint'>
          {area ? '这是负责您所在片区的执委，有事可以直接打电话。' : `请选择您住的${areaKindsText(data.board.areas)}，看看谁是您的联系执委。`}
        </Text>
      </View>
      {area ? <AreaResult data={data} area={area} onBack={() => pick(null)} /> : <AreaPicker data={data} onPick={pick} />}
    </View>
  )
}
