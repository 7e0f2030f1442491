// The invitations of one org (org.listInvites), read when the page opens and on
// pull-down, and the chair's two acts on them: making one for a member (org.createInvite;
// its code is shown once) and revoking one still open, after she confirms. The list is
// read again after either.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { InviteView } from '../../../../types/org'
import { useCall } from '../../../hooks/useCall'
import { useSave } from '../../../hooks/useSave'
import { confirmAction } from '../../../lib/confirm'
import type { CreatedInvite } from './components/InviteResult'

export function useInvites(orgId: string) {
  const list = useCall('org', 'listInvites', { orgId })
  const save = useSave()
  const [created, setCreated] = useState<CreatedInvite | null>(null)

  const create = async (memberId: string) => {
    if (!memberId) return void Taro.showToast({ title: '请先选择要邀请的成员', icon: 'none' })
    const invite = await save.run('org', 'createInvite', { orgId, memberId }, { done: '已生成' })
    if (invite) setCreated(invite)
    void list.refresh()
  }

  const revoke = async (invite: InviteView) => {
    if (!(await confirmAction('撤销邀请', `撤销后，给 ${invite.memberName} 的这个邀请码就不能用了。确定撤销吗？`, '撤销'))) return
    if (await save.run('org', 'revokeInvite', { inviteId: invite.inviteId }, { done: '已撤销' })) void list.refresh()
  }

  return { state: list.state, refresh: list.refresh, created, create, revoke, busy: save.busy, errors: save.errors }
}

export type InvitesState = ReturnType<typeof useInvites>['state']
