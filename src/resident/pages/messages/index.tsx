// 消息: what the product told her — her topic was accepted, put on a meeting, decided, fed
// back — newest first, in the neutral words it was sent with. Tapping one opens what it is
// about. Kept small: this page is in the main package.
import { Text, View } from '@tarojs/components'
import type { InboxMessage } from '../../../../types/org'
import { ActionButton } from '../../../components/ActionButton'
import { StateView } from '../../../components/StateView'
import { beijingDateTime } from '../../../lib/dates'
import { openPage } from '../../../lib/routes'
import { meUrl } from '../../../lib/staffRoutes'
import { useInbox } from './useInbox'
import './index.css'

function MessageRow({ message }: { message: InboxMessage }) {
  const open = () => (message.page ? openPage(`/${message.page.replace(/^\//, '')}`) : undefined)
  return (
    <View className='message-row' hoverClass='message-row--pressed' onClick={open}>
      <View className='message-row__head'>
        <Text className='message-row__status'>{message.status}</Text>
        <Text className='message-row__at'>{beijingDateTime(message.createdAt)}</Text>
      </View>
      <Text className='message-row__subject'>{message.subject}</Text>
    </View>
  )
}

export default function MessagesPage() {
  const inbox = useInbox()
  const { state } = inbox
  if (state.status === 'loading') return <StateView kind='loading' title='正在读取消息…' />
  if (state.status === 'signedOut') return <StateView kind='empty' title='登录后才能看到您的消息' actionText='去登录' onAction={() => openPage(meUrl())} />
  if (state.status === 'error') return <StateView kind='error' title='消息没有读到' detail={state.error.message} actionText='重新加载' onAction={() => void inbox.reload()} />
  if (state.data.length === 0) return <StateView kind='empty' title='还没有消息' detail='您的求助、提的议题有了进展，会在这里告诉您。' />
  return (
    <View className='page messages-page'>
      {state.data.map((message) => (
        <MessageRow key={message.id} message={message} />
      ))}
      {inbox.hasMore ? <ActionButton className='messages-more' variant='quiet' text='加载更多' onClick={() => void inbox.loadMore()} /> : null}
    </View>
  )
}
