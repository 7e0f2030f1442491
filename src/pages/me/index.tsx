// 我的: who she is, the federations she works for, the way into the staff console
// (工作台), her notifications (消息) and the place to redeem an invitation. In a
// browser on the local host she picks an identity first, and 退出登录 ends it (on the
// host too); in WeChat identity is automatic, and there is nothing to sign out of.
import { useCallback, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { devOpenid, hasDevLogin } from '../../api/devLogin'
import { ActionButton } from '../../components/ActionButton'
import { DevLoginPanel } from '../../components/DevLoginPanel'
import { Section } from '../../components/Section'
import { StateView } from '../../components/StateView'
import { type MineState, useMine } from '../../hooks/useMine'
import { useSignOut } from '../../hooks/useSignOut'
import { myHelpUrl } from '../../lib/helpRoutes'
import { messagesUrl, openPage } from '../../lib/routes'
import { redeemUrl, staffHomeUrl } from '../../lib/staffRoutes'
import { PlaceList } from './components/PlaceList'
import './index.css'

function Places({ state, onRetry }: { state: MineState; onRetry: () => void }) {
  switch (state.status) {
    case 'loading':
      return <StateView kind='loading' title='正在读取…' />
    case 'signedOut':
      return <Text className='page-note'>请先在上面选择身份登录。</Text>
    case 'error':
      return <StateView kind='error' title='没有读到您的妇联' detail={state.error.message} actionText='重试' onAction={onRetry} />
    case 'ready':
      return <PlaceList places={state.data.places} />
  }
}

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
  const hasPlace = state.status === 'ready' && state.data.places.length > 0
  return (
    <View className='page me-page'>
      <View className='me-hero'>
        <Text className='me-hero__title'>妇联工作人员</Text>
        <Text className='me-hero__note'>主席、副主席和执委在这里维护本妇联的亮牌。</Text>
      </View>
      {hasDevLogin() ? <DevLoginPanel current={current} onChange={switchIdentity} /> : null}
      <Section title='我的妇联'>
        <Places state={state} onRetry={() => void reload()} />
      </Section>
      <View className='me-actions'>
        {hasPlace ? <ActionButton className='me-workbench-button' text='进入工作台' onClick={() => openPage(staffHomeUrl())} /> : null}
        {state.status === 'signedOut' ? null : <ActionButton className='me-messages-button' variant='plain' text='我的消息' onClick={() => openPage(messagesUrl())} />}
        <ActionButton className='me-redeem-button' variant={hasPlace ? 'plain' : 'primary'} text='输入邀请码' onClick={() => openPage(redeemUrl())} />
        <ActionButton className='me-help-button' variant='quiet' text='我的求助' onClick={() => openPage(myHelpUrl())} />
        {hasDevLogin() && current ? <ActionButton className='me-signout-button' variant='quiet' text='退出登录' onClick={() => void signOut()} /> : null}
      </View>
    </View>
  )
}
