// The answer for the area she picked: her 执委 (with a big call button), the backup,
// and the chair when either is missing.
import type { ReactElement } from 'react'
import { Text, View } from '@tarojs/components'
import type { BoardArea, BoardMember, GetBoardOutput } from '../../../../../types/board'
import { ActionButton } from '../../../../components/ActionButton'
import { CallButton } from '../../../../components/CallButton'
import { MemberCard } from '../../../../components/MemberCard'
import { areaKindLabel } from '../../../../lib/labels'
import { memberUrl, openPage } from '../../../../lib/routes'
import { ChairContact } from './ChairContact'
import './AreaResult.css'

export interface AreaResultProps {
  data: GetBoardOutput
  area: BoardArea
  onBack: () => void
}

function CoveringMember({ member, kind, card }: { member?: BoardMember; kind: string; card: (m: BoardMember) => ReactElement }) {
  if (!member) {
    return (
      <View className='area-result__nobody'>
        <Text className='area-result__nobody-title'>这个{kind}暂时没有执委联系</Text>
        <Text className='page-note'>您可以联系备用联系人或妇联主席，她们会帮您解决或转达。</Text>
      </View>
    )
  }
  return (
    <View className='covering-member'>
      <Text className='area-result__role'>联系执委</Text>
      {card(member)}
      {member.phone ? (
        <View className='area-result__call'>
          <CallButton phone={member.phone} label={`给${member.name}打电话`} size='large' />
        </View>
      ) : null}
    </View>
  )
}

export function AreaResult({ data, area, onBack }: AreaResultProps) {
  const { board, onDuty } = data
  const byId = (id: string | null): BoardMember | undefined => (id ? board.members.find((m) => m.id === id) : undefined)
  const covering = byId(area.memberId)
  const backup = byId(area.backupMemberId)
  const card = (member: BoardMember) => <MemberCard member={member} onDuty={onDuty.memberIds.includes(member.id)} onOpen={() => openPage(memberUrl(board.code, member.id))} />
  const shownIds = [covering?.id, backup?.id].filter((id): id is string => !!id)
  return (
    <View className='area-result'>
      <View className='area-result__panel'>
        <Text className='area-result__kind'>{areaKindLabel(area.kind)}</Text>
        <Text className='area-result__name'>{area.name}</Text>
        <CoveringMember member={covering} kind={areaKindLabel(area.kind)} card={card} />
        {backup ? (
          <View className='backup-member'>
            <Text className='area-result__role'>备用联系人（联系执委不在时）</Text>
            {card(backup)}
          </View>
        ) : null}
      </View>
      {covering && backup ? null : <ChairContact data={data} title='也可以联系妇联主席' exceptIds={shownIds} />}
      <View className='area-result__back'>
        <ActionButton variant='plain' text='重新选择片区' onClick={onBack} />
      </View>
    </View>
  )
}
