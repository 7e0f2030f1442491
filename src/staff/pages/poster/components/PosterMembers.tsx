// The poster's members (亮执委身份): "主席、副主席、执委、巾帼志愿者等人员的姓名、职务、照片、联系方式等信息公开"
// (亮牌服务制度). Each card has her photo beside her name and post, her phone in the
// largest type on the card (read from a metre away), the areas she covers (联系片区) and
// her on-duty month; the grid's columns follow the type size the page fits.
import { Text, View } from '@tarojs/components'
import type { BoardArea, BoardMember } from '../../../../../types/board'
import { POST_LABEL } from '../../../../../types/enums'
import { listNames } from '../../../../lib/labels'
import { PosterImage } from './PosterImage'

export interface PosterMembersProps {
  members: BoardMember[]
  areas: BoardArea[]
  onImageSettled: () => void
}

/** A mobile number in the groups people read it in (138 0013 2000); any other number as written. */
export const posterPhone = (phone: string): string => (/^1\d{10}$/.test(phone) ? `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}` : phone)

export function PosterMembers({ members, areas, onImageSettled }: PosterMembersProps) {
  const areaName = new Map(areas.map((area) => [area.id, area.name]))
  return (
    <View className='poster-members'>
      {members.map((member) => {
        const covered = member.areaIds.map((id) => areaName.get(id)).filter((name): name is string => !!name)
        return (
          <View key={member.id} className={`poster-member poster-member--${member.post}`}>
            {member.photoUrl ? (
              <PosterImage className='poster-member__photo' src={member.photoUrl} onSettled={onImageSettled} />
            ) : (
              <View className='poster-member__photo poster-member__initial'>{member.name.slice(0, 1)}</View>
            )}
            <View className='poster-member__text'>
              <View className='poster-member__who'>
                <Text className='poster-member__name'>{member.name}</Text>
                <Text className='poster-member__post'>{POST_LABEL[member.post]}</Text>
              </View>
              <Text className='poster-member__phone'>{member.phone ? posterPhone(member.phone) : '—'}</Text>
              {covered.length ? <Text className='poster-member__areas'>联系片区：{listNames(covered, 6)}</Text> : null}
              {member.onDutyMonth ? <Text className='poster-member__duty'>{member.onDutyMonth}月轮值</Text> : null}
            </View>
          </View>
        )
      })}
    </View>
  )
}
