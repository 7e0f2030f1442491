// 邀请: a chair makes a one-time invitation for a member who has not bound her WeChat
// (code and QR, valid 7 days), sees earlier ones, and revokes one still open.
import { useState } from 'react'
import { useShareAppMessage } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { POST_LABEL } from '../../../../types/enums'
import { Choices } from '../../../components/Choices'
import { SaveBar } from '../../../components/SaveBar'
import { Section } from '../../../components/Section'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { ConsoleShell } from '../../components/ConsoleShell'
import type { ConsoleData } from '../../lib/consoleStore'
import { InviteList } from './components/InviteList'
import { InviteResult } from './components/InviteResult'
import { useInvites } from './useInvites'

function Invites({ data, presetMemberId }: { data: ConsoleData; presetMemberId: string }) {
  const unbound = data.members.filter((member) => member.status === 'active' && !member.bound)
  const [memberId, setMemberId] = useState(unbound.some((member) => member._id === presetMemberId) ? presetMemberId : '')
  const invites = useInvites(data.org._id)
  const { created } = invites
  useShareAppMessage(() => (created ? { title: `邀请您绑定${data.org.name}执委身份`, path: `/${created.path.replace(/^\//, '')}` } : { title: data.org.name }))
  return (
    <View>
      {created ? <InviteResult created={created} /> : null}
      <Section title='生成邀请码' note='7 天内有效，只能用一次'>
        <Text className='page-note'>选择还没绑定微信的成员。她用邀请码绑定后，就能在小程序里维护自己的资料。</Text>
        <Choices
          className='invite-member-choices'
          options={unbound.map((member) => ({ value: member._id, label: member.name, note: POST_LABEL[member.post] }))}
          selected={[memberId]}
          onToggle={setMemberId}
          emptyText='在任成员都已绑定微信。'
        />
        {unbound.length > 0 ? (
          <SaveBar busy={invites.busy} onSave={() => void invites.create(memberId)} errors={invites.errors} shownFields={[]} text={memberId ? '生成邀请码' : '请先选择成员'} />
        ) : null}
      </Section>
      <InviteList state={invites.state} onRetry={() => void invites.refresh()} onRevoke={(invite) => void invites.revoke(invite)} />
    </View>
  )
}

export default function InvitesPage() {
  const presetMemberId = readParam(usePageParams(), 'memberId')
  return <ConsoleShell className='invites-page'>{(data) => <Invites data={data} presetMemberId={presetMemberId} />}</ConsoleShell>
}
