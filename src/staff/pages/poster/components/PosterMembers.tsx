// The poster's members (亮执委身份): photo, name, post, phone and on-duty month, in a
// grid whose columns grow as the poster's type shrinks to fit the page.
import { Text, View } from '@tarojs/components'
import type { BoardMember } from '../../../../../types/board'
import { POST_LABEL } from '../../../../../types/enums'
import { PosterImage } from './PosterImage'

export interface PosterMembersProps {
  members: BoardMember[]
  onImageSettled: () => void
}

export function PosterMembers({ members, onImageSettled }: PosterMembersProps) {
  return (
    <View className='poster-members'>
      {members.map((member) => (
        <View key={member.id} className={`poster-member poster-member--${member.post}`}>
          {member.photoUrl ? (
            <PosterImage className='poster-member__photo' src={member.photoUrl} onSettled={onImageSettled} />
          ) : (
            <View className='poster-member__photo poster-member__initial'>{member.name.slice(0, 1)}</View>
          )}
          <Text className='poster-member__name'>{member.name}</Text>
          <Text className='poster-member__post'>{POST_LABEL[member.post]}</Text>
          <Text className='poster-member__phone'>{member.phone ?? '—'}</Text>
          {member.onDutyMonth ? <Text className='poster-member__duty'>{member.onDutyMonth}月轮值</Text> : null}
        </View>
      ))}
    </View>
  )
}
