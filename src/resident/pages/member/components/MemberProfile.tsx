// The member card's content: who she is, where she covers, when she is on duty.
import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { BoardMember, GetBoardOutput } from '../../../../../types/board'
import { POST_LABEL } from '../../../../../types/vocabulary'
import { Avatar } from '../../../../components/Avatar'
import { CallButton, PhoneLink } from '../../../../components/CallButton'
import { Section } from '../../../../components/Section'
import { areaKindLabel } from '../../../../lib/labels'
// the name and post tag are styled like the member card's (.member-name, .member-post)
import '../../../../components/MemberCard/index.css'
import './MemberProfile.css'

export interface MemberProfileProps {
  data: GetBoardOutput
  member: BoardMember
}

function AreaList({ title, ids, data }: { title: string; ids: string[]; data: GetBoardOutput }) {
  const areas = data.board.areas.filter((area) => ids.includes(area.id))
  if (areas.length === 0) return null
  return (
    <View className='profile-areas'>
      <Text className='profile-areas__title'>{title}</Text>
      <View className='profile-areas__list'>
        {areas.map((area) => (
          <Text key={area.id} className='profile-area'>
            {area.name}
            <Text className='profile-area__kind'>（{areaKindLabel(area.kind)}）</Text>
          </Text>
        ))}
      </View>
    </View>
  )
}

export function MemberProfile({ data, member }: MemberProfileProps) {
  const onDuty = data.onDuty.memberIds.includes(member.id)
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: `${member.name}·${POST_LABEL[member.post]}` })
  }, [member])
  const covers = member.areaIds.length + member.backupAreaIds.length > 0
  return (
    <View className={`member-profile${onDuty ? ' on-duty' : ''}`}>
      <View className='member-profile__hero'>
        <Avatar name={member.name} photoUrl={member.photoUrl} size='large' />
        <Text className='member-name'>{member.name}</Text>
        <View className='member-profile__tags'>
          <Text className='member-post'>{POST_LABEL[member.post]}</Text>
          {onDuty ? <Text className='member-profile__duty'>本月轮值</Text> : null}
        </View>
        <Text className='member-profile__org'>{data.board.name}</Text>
        <View className='member-profile__call'>
          <CallButton phone={member.phone} label={member.phoneKind === 'office' ? '拨打办公电话' : '拨打电话'} size='large' />
          <PhoneLink phone={member.phone} />
        </View>
        {member.phone ? null : <Text className='page-note member-profile__no-phone'>她没有公开电话，有事请联系妇联主席或到妇女之家。</Text>}
      </View>
      <Section title='个人信息'>
        <Text className='page-text'>特长：{member.specialty || '未填写'}</Text>
        <Text className='page-text'>轮值月份：{member.onDutyMonth ? `每年 ${member.onDutyMonth} 月${onDuty ? '（就是本月）' : ''}` : '未安排'}</Text>
      </Section>
      <Section title='联系片区'>
        {covers ? null : <Text className='page-note'>她暂时没有分片联系的楼栋或小组。</Text>}
        <AreaList title='负责联系' ids={member.areaIds} data={data} />
        <AreaList title='备用联系' ids={member.backupAreaIds} data={data} />
      </Section>
    </View>
  )
}
