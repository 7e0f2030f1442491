// 邀请: a chair makes a one-time invitation for a member who has not bound her WeChat
// (code and QR, valid 7 days), sees earlier ones, and revokes one still open.
import { useState } from 'react'
import Taro, { usePullDownRefresh, useShareAppMessage } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { POST_LABEL } from '../../../../types/enums'
import type { InviteView } from '../../../../types/org'
import { call } from '../../../api'
import { Section } from '../../../components/Section'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { Choices } from '../../components/Choices'
import { ConsoleShell } from '../../components/ConsoleShell'
import { SaveBar } from '../../components/SaveBar'
import { useConsole } from '../../hooks/useConsole'
import { useSave } from '../../hooks/useSave'
import type { ConsoleData } from '../../lib/consoleStore'
import { confirmAction } from '../../lib/confirm'
import { type CreatedInvite, InviteResult } from './components/InviteResult'
import { InviteList } from './components/InviteList'
import { useInvites } from './useInvites'

function Invites({ data, presetMemberId }: { data: ConsoleData; presetMemberId: string }) {
  const orgId = data.org._id
  const unbound = data.members.filter((member) => member.status === 'active' && !member.bound)
  const [memberId, setMemberId] = useState(unbound.some((member) => member._id === presetMemberId) ? presetMemberId : '')
  const [created, setCreated] = useState<CreatedInvite | null>(null)
  const invites = useInvites(orgId)
  const save = useSave()
  useShareAppMessage(() => (created ? { title: `邀请您绑定${data.org.name}执委身份`, path: `/${created.path.replace(/^\//, '')}` } : { title: data.org.name }))
  usePullDownRefresh(() => {
    void invites.reload().finally(() => Taro.stopPullDownRefresh())
  })
  const create = async () => {
    if (!memberId) return void Taro.showToast({ title: '请先选择要邀请的成员', icon: 'none' })
    const result = await save.run(() => call('org', 'createInvite', { orgId, memberId }), { done: '已生成' })
    if (result) setCreated(result)
    void invites.reload()
  }
  const revoke = async (invite: InviteView) => {
    if (!(await confirmAction('撤销邀请', `撤销后，给 ${invite.memberName} 的这个邀请码就不能用了。确定撤销吗？`, '撤销'))) return
    if (await save.run(() => call('org', 'revokeInvite', { inviteId: invite.inviteId }), { done: '已撤销' })) void invites.reload()
  }
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
        {unbound.length > 0 ? <SaveBar busy={save.busy} onSave={() => void create()} errors={save.errors} shownFields={[]} text={memberId ? '生成邀请码' : '请先选择成员'} /> : null}
      </Section>
      <InviteList state={invites.state} onRetry={() => void invites.reload()} onRevoke={(invite) => void revoke(invite)} />
    </View>
  )
}

export default function InvitesPage() {
  const presetMemberId = readParam(usePageParams(), 'memberId')
  const { state, reload } = useConsole()
  return (
    <ConsoleShell className='invites-page' state={state} onRetry={() => void reload()}>
      {(data) => <Invites data={data} presetMemberId={presetMemberId} />}
    </ConsoleShell>
  )
}
