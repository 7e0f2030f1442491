// 我的: first her own things — her help requests, the topics she raised, the messages
// the federation sent her — and how large the text is (大字模式); below them, for the
// federation's own people, the way into the staff console (工作台) and the place to
// redeem an invitation. In a browser on the local host she picks an identity first, and
// 退出登录 ends it (on the host too); in WeChat identity is automatic, and there is
// nothing to sign out of.
import { useCallback, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { devOpenid, hasDevLogin } from '../../../api/devLogin'
import { ActionButton } from '../../../components/ActionButton'
import { DevLoginPanel } from '../../../components/DevLoginPanel'
import { useMine } from '../../../hooks/useMine'
import { useSignOut } from '../../../hooks/useSignOut'
import { FontSizeChoice } from './components/FontSizeChoice'
import { MineLinks } from './components/MineLinks'
import { StaffEntry } from './components/StaffEntry'
import './index.css'

export default function MePage() {
  const { state, reload } = useMine()
  const [current, setCurrent] = useState(devOpenid)
  const switchIdentity = useCallback(
    (openid: string | null) => {
      setCurrent(openid)
      void reload()
    },
    [reload],
  )
  const { signOut } = useSignOut(useCallback(() => switchIdentity(null), [switchIdentity]))
  return (
    <View className='page me-page'>
      <View className='me-hero'>
        <Text className='me-hero__title'>我的</Text>
        <Text className='me-hero__note'>您的求助、提的议题和妇联发给您的消息，都在这里。</Text>
      </View>
      {hasDevLogin() ? <DevLoginPanel current={current} onChange={switchIdentity} /> : null}
      <MineLinks />
      <FontSizeChoice />
      <StaffEntry state={state} onRetry={() => void reload()} />
      {hasDevLogin() && current ? (
        <View className='me-actions'>
          <ActionButton className='me-signout-button' variant='quiet' text='退出登录' onClick={() => void signOut()} />
        </View>
      ) : null}
    </View>
  )
}
