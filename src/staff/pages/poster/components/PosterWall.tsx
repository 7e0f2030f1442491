// The poster's 制度 and 监督电话. 001 6.1.3: "人员构成、工作职责、主要制度、联系（监督）电话等上墙公开。"
import { Text, View } from '@tarojs/components'
import type { GetBoardOutput } from '../../../../../types/board'

export interface PosterWallProps {
  board: GetBoardOutput['board']
}

export function PosterWall({ board }: PosterWallProps) {
  const rules = board.wallRules ?? []
  if (rules.length === 0 && !board.supervisionPhone) return null
  return (
    <View className='poster-block poster-wall'>
      {rules.length > 0 ? (
        <>
          <Text className='poster-block__title'>主要制度</Text>
          <Text className='poster-wall__rules'>{rules.map((rule) => `《${rule}》`).join('')}</Text>
        </>
      ) : null}
      {board.supervisionPhone ? <Text className='poster-wall__phone'>监督电话：{board.supervisionPhone}</Text> : null}
    </View>
  )
}
