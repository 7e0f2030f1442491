// Shown when a save came back CONFLICT: the record moved on before her save reached it
// (someone else saved it first, the meeting has not begun yet, it was already recorded…).
// The title is always the server's own reason — never a guess at it — and her edit is
// not applied; reloading shows the record as it is now.
import { Text, View } from '@tarojs/components'
import { ActionButton } from '../../../components/ActionButton'
import './index.css'

export interface ConflictNoticeProps {
  /** the server's Chinese reason for the refusal */
  reason: string
  onReload: () => void
}

export function ConflictNotice({ reason, onReload }: ConflictNoticeProps) {
  return (
    <View className='conflict-notice'>
      <Text className='conflict-notice__title'>{reason}</Text>
      <Text className='conflict-notice__detail'>您这次的修改还没有保存。可以重新加载，看到现在的内容后再操作。</Text>
      <ActionButton className='conflict-reload-button' variant='plain' text='重新加载' onClick={onReload} />
    </View>
  )
}
