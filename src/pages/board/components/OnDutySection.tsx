// 本月轮值: who is on duty at the 妇女之家 this month (执委轮值制度).
import { Text, View } from '@tarojs/components'
import type { GetBoardOutput } from '../../../../types/board'
import { POST_LABEL } from '../../../../types/vocabulary'
import { Section } from '../../../components/Section'
import { memberUrl, openPage } from '../../../lib/routes'
import './OnDutySection.css'

export interface OnDutySectionProps {
  data: GetBoardOutput
}

export function OnDutySection({ data }: OnDutySectionProps) {
  const { board, onDuty } = data
  const members = board.members.filter((member) => onDuty.memberIds.includes(member.id))
  return (
    <Section title='本月轮值' note={`${onDuty.month}月`} className='on-duty-section'>
      {members.length === 0 ? (
        <Text className='page-note'>本月没有安排轮值执委，有事请联系妇联主席。</Text>
      ) : (
        <View className='duty-chips'>
          {members.map((member) => (
            <View key={member.id} className='duty-chip' hoverClass='duty-chip--pressed' onClick={() => openPage(memberUrl(board.code, member.id))}>
              <Text className='duty-chip__name'>{member.name}</Text>
              <Text className='duty-chip__post'>{POST_LABEL[member.post]}</Text>
            </View>
          ))}
        </View>
      )}
    </Section>
  )
}
