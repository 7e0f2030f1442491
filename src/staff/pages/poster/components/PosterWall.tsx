// The poster's 主要制度, by name, in one paragraph under the rotation, where the column has room
// (the 监督电话 is printed with the 妇女之家's address and hours). 001 6.1.3: "人员构成、工作职责、主要制度、联系（监督）电话等上墙公开。"
import { Text, View } from '@tarojs/components'
import type { GetBoardOutput } from '../../../../../types/board'

export interface PosterWallProps {
  board: GetBoardOutput['board']
}

export function PosterWall({ board }: PosterWallProps) {
  const rules = board.wallRules ?? []
  if (rules.length === 0) return null
  return (
    <View className='poster-wall'>
      <Text className='poster-wall__rules'>
        <Text className='poster-wall__title'>主要制度：</Text>
        {rules.map((rule) => `《${rule}》`).join('')}
      </Text>
    </View>
  )
}
