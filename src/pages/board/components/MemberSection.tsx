// 亮执委身份: chair, vice-chairs, members and volunteers, grouped by post, with the
// number of 妇女代表 when there are any ("妇女代表 0 名" tells a resident nothing).
import { Text, View } from '@tarojs/components'
import type { BoardMember, GetBoardOutput } from '../../../../types/board'
import { POSTS, POST_LABEL } from '../../../../types/vocabulary'
import { MemberCard } from '../../../components/MemberCard'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { listNames } from '../../../lib/labels'
import { memberUrl, openPage } from '../../../lib/routes'
import './MemberSection.css'

export interface MemberSectionProps {
  data: GetBoardOutput
  /** show only this many cards for now (the first screen holds a few); all when absent */
  upTo?: number
}

function coverageCaption(member: BoardMember, areaName: Map<string, string>): string | undefined {
  const names = member.areaIds.map((id) => areaName.get(id)).filter((name): name is string => !!name)
  return names.length ? `联系：${listNames(names)}` : undefined
}

/** The members under each post, in the order of POSTS, the first `upTo` of them in all. */
function groupsOf(members: BoardMember[], upTo = Infinity) {
  let left = upTo
  return POSTS.map((post) => {
    const all = members.filter((m) => m.post === post)
    const shown = all.slice(0, Math.max(0, left))
    left -= shown.length
    return { post, count: all.length, members: shown }
  }).filter((g) => g.members.length > 0)
}

export function MemberSection({ data, upTo }: MemberSectionProps) {
  const { board, onDuty } = data
  const areaName = new Map(board.areas.map((area) => [area.id, area.name]))
  const groups = groupsOf(board.members, upTo)
  return (
    <Section title='亮执委身份' note={`共 ${board.members.length} 人`}>
      <View className='board-members'>
        {groups.length === 0 ? <StateView kind='empty' title='还没有公示执委信息' detail='请到妇女之家咨询，或稍后再来看看。' /> : null}
        {groups.map((group) => (
          <View key={group.post} className='member-group'>
            <Text className='member-group__title'>
              {POST_LABEL[group.post]}（{group.count}）
            </Text>
            {group.members.map((member) => (
              <MemberCard
                key={member.id}
                member={member}
                onDuty={onDuty.memberIds.includes(member.id)}
                caption={coverageCaption(member, areaName)}
                onOpen={() => openPage(memberUrl(board.code, member.id))}
              />
            ))}
          </View>
        ))}
      </View>
      {board.representativesCount > 0 ? (
        <View className='representatives'>
          <Text className='representatives__label'>妇女代表</Text>
          <Text className='representatives__count'>{board.representativesCount}</Text>
          <Text className='representatives__label'>名</Text>
        </View>
      ) : null}
    </Section>
  )
}
