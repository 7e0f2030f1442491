// The poster's lower half: where the federation sits (上级 / 本级 / 下级), its duties,
// this year's rotation, month by month in two columns (执委轮值制度), and under it the 制度 on the wall.
import { Text, View } from '@tarojs/components'
import type { GetBoardOutput } from '../../../../../types/board'
import { orgLevelTag } from '../../../../lib/labels'
import { PosterWall } from './PosterWall'

export interface PosterFactsProps {
  data: GetBoardOutput
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]

function Structure({ board }: { board: GetBoardOutput['board'] }) {
  return (
    <View className='poster-block poster-structure'>
      <Text className='poster-block__title'>组织架构</Text>
      {board.parent ? <Text className='poster-structure__line'>上级：{board.parent.name}</Text> : null}
      <Text className='poster-structure__line poster-structure__self'>
        本级：{board.name}（{orgLevelTag(board.level)}）
      </Text>
      <Text className='poster-structure__line'>下设：{board.children.length ? board.children.map((child) => child.name).join('、') : '暂无'}</Text>
    </View>
  )
}

export function PosterFacts({ data }: PosterFactsProps) {
  const { board } = data
  const year = data.asOf.slice(0, 4)
  const onDuty = (month: number) =>
    board.members
      .filter((member) => member.onDutyMonth === month)
      .map((member) => member.name)
      .join('、') || '—'
  return (
    <View className='poster-facts'>
      <View className='poster-facts__left'>
        <Structure board={board} />
        <View className='poster-block poster-duties'>
          <Text className='poster-block__title'>工作职责</Text>
          {board.duties.map((duty, index) => (
            <Text key={index} className='poster-duty'>
              {index + 1}. {duty}
            </Text>
          ))}
        </View>
      </View>
      <View className='poster-facts__right'>
        <View className='poster-block poster-rotation'>
          <Text className='poster-block__title'>{year}年执委轮值</Text>
          <View className='poster-rotation__months'>
            {MONTHS.map((month) => (
              <View key={month} className='poster-rotation__row'>
                <Text className='poster-rotation__month'>{month}月</Text>
                <Text className='poster-rotation__names'>{onDuty(month)}</Text>
              </View>
            ))}
          </View>
        </View>
        <PosterWall board={board} />
      </View>
    </View>
  )
}
