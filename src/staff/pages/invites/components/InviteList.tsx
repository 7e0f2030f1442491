// The invitations made for this org, newest first: whom for, when made, until when,
// and whether it is open, used, revoked or expired. An open one can be revoked.
import { Text, View } from '@tarojs/components'
import type { InviteView } from '../../../../../types/org'
import { ListRow } from '../../../../components/ListRow'
import { Section } from '../../../../components/Section'
import { StateView } from '../../../../components/StateView'
import { beijingDateTime } from '../../../../lib/dates'
import type { InvitesState } from '../useInvites'
import './InviteList.css'

export interface InviteListProps {
  state: InvitesState
  onRetry: () => void
  onRevoke: (invite: InviteView) => void
}

const STATUS = {
  open: { label: '待使用', tone: 'warn' },
  used: { label: '已绑定', tone: 'good' },
  revoked: { label: '已撤销', tone: 'muted' },
  expired: { label: '已过期', tone: 'muted' },
} as const

export function InviteList({ state, onRetry, onRevoke }: InviteListProps) {
  return (
    <Section title='邀请记录'>
      {state.status === 'loading' ? <StateView kind='loading' title='正在读取…' /> : null}
      {state.status === 'error' ? <StateView kind='error' title='没有读到邀请记录' detail={state.error.message} actionText='重试' onAction={onRetry} /> : null}
      {state.status === 'ready' && state.data.invites.length === 0 ? <Text className='page-note'>还没有发过邀请。</Text> : null}
      {state.status === 'ready'
        ? state.data.invites.map((invite) => (
            <View key={invite.inviteId} className='invite-row'>
              <ListRow
                className='invite-item'
                title={invite.memberName}
                badge={STATUS[invite.status].label}
                badgeTone={STATUS[invite.status].tone}
                lines={[`生成于 ${beijingDateTime(invite.createdAt)}`, `有效至 ${beijingDateTime(invite.expiresAt)}`]}
              />
              {invite.status === 'open' ? (
                <Text className='invite-revoke' onClick={() => onRevoke(invite)}>
                  撤销
                </Text>
              ) : null}
            </View>
          ))
        : null}
    </Section>
  )
}
