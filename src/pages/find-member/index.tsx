// 找我的执委: she picks her building / grid / villagers' group and sees the member who
// covers it, the backup, and whom to call when nobody does.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { GetBoardOutput } from '../../../types/board'
import { BoardShell } from '../../components/BoardShell'
import { useBoardRoute } from '../../hooks/useBoardRoute'
import { areaKindsText } from '../../lib/labels'
import { AreaPicker } from './components/AreaPicker'
import { AreaResult } from './components/AreaResult'
import './index.css'

function FindMember({ data }: { data: GetBoardOutput }) {
  const [areaId, setAreaId] = useState<string | null>(null)
  const area = data.board.areas.find((candidate) => candidate.id === areaId) ?? null
  const pick = (id: string | null) => {
    setAreaId(id)
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
  }
  return (
    <>
      <View className='find-member__intro'>
        <Text className='find-member__org'>{data.board.name}</Text>
        <Text className='find-member__hint'>
          {area ? '这是负责您所在片区的执委，有事可以直接打电话。' : `请选择您住的${areaKindsText(data.board.areas)}，看看谁是您的联系执委。`}
        </Text>
      </View>
      {area ? <AreaResult data={data} area={area} onBack={() => pick(null)} /> : <AreaPicker data={data} onPick={pick} />}
    </>
  )
}

export default function FindMemberPage() {
  return (
    <BoardShell className='find-member-page' route={useBoardRoute()} loadingTitle='正在查找执委…' errorTitle='没有打开执委名单'>
      {(data) => <FindMember data={data} />}
    </BoardShell>
  )
}
