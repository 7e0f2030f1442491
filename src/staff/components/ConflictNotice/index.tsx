// Shown when a save came back CONFLICT: someone else saved this record first. Her
// edit is not applied; reloading shows the other person's version to edit again.
import { Text, View } from '@tarojs/components'
import { ActionButton } from '../../../components/ActionButton'
import './index.css'

export interface ConflictNoticeProps {
  onReload: () => void
}

export function ConflictNotice({ onReload }: ConflictNoticeProps) {
  return (
    <View className='conflict-notice'>
      <Text className='conflict-notice__title'>这条记录刚被别人修改过</Text>
      <Text className='conflict-notice__detail'>您这次的修改还没有保存。请重新加载，看过别人改的内容后再改一次。</Text>
      <ActionButton className='conflict-reload-button' variant='plain' text='重新加载' onClick={onReload} />
    </View>
  )
}
