// One member: a chair edits her (or adds a new one), invites her to bind her WeChat,
// or records her departure; a member edits her own phone, photo and specialty.
import { Text, View } from '@tarojs/components'
import { DEPARTURE_REASON_LABEL } from '../../../../types/staff'
import type { ConsoleMember } from '../../../../types/org'
import { ActionButton } from '../../../components/ActionButton'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { openPage } from '../../../lib/routes'
import { invitesUrl } from '../../../lib/staffRoutes'
import { ConsoleShell } from '../../components/ConsoleShell'
import { DocumentPhoto } from '../../components/DocumentPhoto'
import { useMyMemberId } from '../../hooks/useMyMemberId'
import type { ConsoleData } from '../../lib/consoleStore'
import { canEdit } from '../../lib/labels'
import { DepartureForm } from './components/DepartureForm'
import { MemberForm } from './components/MemberForm'
import { ProfileForm } from './components/ProfileForm'
import './index.css'

function Departed({ member }: { member: ConsoleMember }) {
  const departure = member.departure
  return (
    <Section title={`${member.name}（已离任）`}>
      <Text className='page-text'>{departure ? `${departure.leftOn} 离任，原因：${DEPARTURE_REASON_LABEL[departure.reason]}` : '已离任'}</Text>
      {departure?.note ? <Text className='page-note'>说明：{departure.note}</Text> : null}
      {departure?.approval ? (
        <Text className='page-note'>{`党组织批准：${departure.approval.by}，${departure.approval.on}${departure.approval.documentNo ? `，${departure.approval.documentNo}` : ''}`}</Text>
      ) : null}
      {departure?.approval?.photo ? <DocumentPhoto orgId={member.orgId} photoRef={departure.approval.photo} label='党组织批复照片' /> : null}
      <Text className='page-note'>她已不在公开亮牌上显示，记录和变更历史保留。</Text>
    </Section>
  )
}

function ChairView({ data, member, onReload }: { data: ConsoleData; member: ConsoleMember | null; onReload: () => void }) {
  if (member?.status === 'left') return <Departed member={member} />
  const orgId = data.org._id
  return (
    <View>
      <MemberForm key={member?.version ?? 'new'} data={data} member={member} onReload={onReload} />
      {member && !member.bound ? (
        <View className='member-edit__invite'>
          <Text className='page-note'>她还没有绑定微信。生成邀请码发给她，绑定后她能自己维护电话和照片。</Text>
          <ActionButton className='invite-member-button' variant='plain' text='邀请她绑定微信' onClick={() => openPage(invitesUrl(orgId, member._id))} />
        </View>
      ) : null}
      {member ? <DepartureForm key={`leave-${member.version}`} orgId={orgId} member={member} onReload={onReload} /> : null}
    </View>
  )
}

function MemberEdit({ data, memberId, onReload }: { data: ConsoleData; memberId: string; onReload: () => void }) {
  const member = memberId ? (data.members.find((candidate) => candidate._id === memberId) ?? null) : null
  const editor = canEdit(data.role)
  const myMemberId = useMyMemberId(data.org._id, !editor)
  if (memberId && !member) return <StateView kind='empty' title='没有找到这位成员' detail='她的记录可能已被删除，请回到成员名单。' />
  if (editor) return <ChairView data={data} member={member} onReload={onReload} />
  if (myMemberId === undefined) return <StateView kind='loading' title='正在读取…' />
  if (member && member._id === myMemberId) return <ProfileForm key={member.version} orgId={data.org._id} member={member} onReload={onReload} />
  return <StateView kind='empty' title='只能修改自己的资料' detail='其他成员的资料由本会主席维护。' />
}

export default function MemberEditPage() {
  const memberId = readParam(usePageParams(), 'memberId')
  return <ConsoleShell className='member-edit-page'>{(data, reload) => <MemberEdit data={data} memberId={memberId} onReload={reload} />}</ConsoleShell>
}
