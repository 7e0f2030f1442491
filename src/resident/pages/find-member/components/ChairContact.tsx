// Who to call when an area has no 执委 of its own: the chair (or a vice-chair), or
// the 妇女之家 itself when nobody is listed.
import { Text, View } from '@tarojs/components'
import type { GetBoardOutput } from '../../../../../types/board'
import { MemberCard } from '../../../../components/MemberCard'
import { memberUrl, openPage } from '../../../../lib/routes'
import './ChairContact.css'

export interface ChairContactProps {
  data: GetBoardOutput
  title: string
  /** members already shown above, not repeated here */
  exceptIds?: string[]
}

export function ChairContact({ data, title, exceptIds = [] }: ChairContactProps) {
  const { board, onDuty } = data
  const chair = board.members.find((m) => m.post === 'chair') ?? board.members.find((m) => m.post === 'viceChair')
  if (chair && exceptIds.includes(chair.id)) return null
  return (
    <View className='chair-contact'>
      <Text className='chair-contact__title'>{title}</Text>
      {chair ? (
        <MemberCard member={chair} onDuty={onDuty.memberIds.includes(chair.id)} onOpen={() => openPage(memberUrl(board.code, chair.id))} />
      ) : (
        <Text className='page-note'>
          请到{board.homeName}（{board.address}）当面咨询，开放时间：{data.hoursText}。
        </Text>
      )}
    </View>
  )
}
