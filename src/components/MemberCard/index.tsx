// One 执委 as the board shows her (亮执委身份): photo, name, post, specialty, and the
// phone she chose to publish (her own, or an office number, said so).
import { Text, View } from '@tarojs/components'
import type { BoardMember } from '../../../types/board'
import { POST_LABEL } from '../../../types/vocabulary'
import { Avatar } from '../Avatar'
import { CallButton, PhoneLink } from '../CallButton'
import './index.css'

export interface MemberCardProps {
  member: BoardMember
  /** she is on duty this month (本月轮值) */
  onDuty?: boolean
  /** a line under the specialty, e.g. the areas she covers */
  caption?: string
  onOpen?: () => void
}

export function MemberCard({ member, onDuty = false, caption, onOpen }: MemberCardProps) {
  return (
    <View className={`member-card${onDuty ? ' on-duty' : ''}`} hoverClass={onOpen ? 'member-card--pressed' : 'none'} onClick={onOpen}>
      <Avatar name={member.name} photoUrl={member.photoUrl} />
      <View className='member-card__body'>
        <View className='member-card__head'>
          <Text className='member-name'>{member.name}</Text>
          <Text className='member-post'>{POST_LABEL[member.post]}</Text>
          {onDuty ? <Text className='member-card__duty'>本月轮值</Text> : null}
        </View>
        {member.specialty ? <Text className='member-card__line'>特长：{member.specialty}</Text> : null}
        {caption ? <Text className='member-card__line'>{caption}</Text> : null}
        <View className='member-card__contact'>
          {member.phoneKind === 'office' && member.phone ? <Text className='member-card__phone-kind'>办公电话</Text> : null}
          <PhoneLink phone={member.phone} />
          <CallButton phone={member.phone} label='拨打' />
        </View>
      </View>
    </View>
  )
}
