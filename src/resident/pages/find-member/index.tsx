// 找我的执委: she picks her building / grid / villagers' group and sees the member who
// covers it, the backup, and whom to call when nobody does. The answer is a page of its
// own (`area` in the query), so the phone's Back returns to the list she picked from.
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { GetBoardOutput } from '../../../../types/board'
import { BoardShell } from '../../../components/BoardShell'
import { useBoardRoute } from '../../../hooks/useBoardRoute'
import { usePageParams } from '../../../hooks/usePageParams'
import { areaKindsText } from '../../../lib/labels'
import { readParam } from '../../../lib/params'
import { findMemberUrl, openPage, replacePage } from '../../../lib/routes'
import { AreaPicker } from './components/AreaPicker'
import { AreaResult } from './components/AreaResult'
import './index.css'

/** Back to the list: the page under this one when there is one, else the list afresh. */
function backToList(code: string): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else replacePage(findMemberUrl(code))
}

function FindMember({ data, code }: { data: GetBoardOutput; code: string }) {
  const areaId = readParam(usePageParams(), 'area')
  const area = data.board.areas.find((candidate) => candidate.id === areaId) ?? null
  return (
    <>
      <View className='find-member__intro'>
        <Text className='find-member__org'>{data.board.name}</Text>
        <Text className='find-member__hint'>
          {area ? '这是负责您所在片区的执委，有事可以直接打电话。' : `请选择您住的${areaKindsText(data.board.areas)}，看看谁是您的联系执委。`}
        </Text>
      </View>
      {area ? <AreaResult data={data} area={area} onBack={() => backToList(code)} /> : <AreaPicker data={data} onPick={(id) => openPage(findMemberUrl(code, id))} />}
    </>
  )
}

export default function FindMemberPage() {
  const route = useBoardRoute()
  return (
    <BoardShell className='find-member-page' route={route} loadingTitle='正在查找执委…' errorTitle='没有打开执委名单'>
      {(data) => <FindMember data={data} code={route.code ?? data.board.code} />}
    </BoardShell>
  )
}
