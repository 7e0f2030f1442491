// The federation's own people (主席、副主席、执委), below her own things on 我的: the
// federations she works for with the way into 工作台, and the invitation code that
// makes a new member of her. A resident can pass it by.
import { Text } from '@tarojs/components'
import { ActionButton } from '../../../../components/ActionButton'
import { Section } from '../../../../components/Section'
import { StateView } from '../../../../components/StateView'
import type { MineState } from '../../../../hooks/useMine'
import { openPage } from '../../../../lib/routes'
import { redeemUrl, staffHomeUrl } from '../../../../lib/staffRoutes'
import { PlaceList } from './PlaceList'

export interface StaffEntryProps {
  state: MineState
  onRetry: () => void
}

function Places({ state, onRetry }: StaffEntryProps) {
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

export function StaffEntry({ state, onRetry }: StaffEntryProps) {
  const hasPlace = state.status === 'ready' && state.data.places.length > 0
  return (
    <Section className='me-staff' title='我是妇联执委' note='维护本妇联的亮牌'>
      <Places state={state} onRetry={onRetry} />
      {hasPlace ? <ActionButton className='me-workbench-button' text='进入工作台' onClick={() => openPage(staffHomeUrl())} /> : null}
      <ActionButton className='me-redeem-button' variant='quiet' text='输入邀请码' onClick={() => openPage(redeemUrl())} />
    </Section>
  )
}
