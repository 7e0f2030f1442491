// The mark over a board shown from the phone's copy (no or slow network): when the copy
// was made, that it may be out of date, and a way to ask again. Shown until the back
// end's answer replaces the copy.
import { Text, View } from '@tarojs/components'
import type { BoardCopyMark } from '../../hooks/useBoard'
import { beijingDateTime } from '../../lib/dates'
import { ActionButton } from '../ActionButton'
import './index.css'

export interface BoardCopyNoteProps {
  copy: BoardCopyMark
  onRetry: () => void
}

/** "2026年11月30日 17:20" */
function copyTime(asOf: string): string {
  const [date = '', time = ''] = beijingDateTime(asOf).split(' ')
  const [year, month, day] = date.split('-').map(Number)
  return `${year}年${month}月${day}日 ${time}`
}

export function BoardCopyNote({ copy, onRetry }: BoardCopyNoteProps) {
  return (
    <View className='board-copy-note'>
      <Text className='board-copy-note__title'>{copy.updating ? '网络较慢，正在更新…' : '网络不通，这是手机里保存的亮牌'}</Text>
      <Text className='board-copy-note__text'>这是 {copyTime(copy.asOf)} 的内容，可能不是最新的；开放时间和电话以现场和最新亮牌为准。</Text>
      {copy.updating ? null : <ActionButton className='board-copy-note__retry' variant='plain' text='重新连接' onClick={onRetry} />}
    </View>
  )
}
