// The foot of a console form: the save button (disabled while saving) and any
// refused-save message that no field on the form shows.
import { Text, View } from '@tarojs/components'
import { type FieldErrors, unclaimedErrors } from '../../lib/fieldErrors'
import { ActionButton } from '../ActionButton'
import './index.css'

export interface SaveBarProps {
  busy: boolean
  onSave: () => void
  errors: FieldErrors
  /** fields the form shows next to their inputs */
  shownFields: readonly string[]
  text?: string
}

export function SaveBar({ busy, onSave, errors, shownFields, text = '保存' }: SaveBarProps) {
  const others = unclaimedErrors(errors, shownFields)
  const count = Object.keys(errors).length
  return (
    <View className='save-bar'>
      {count > 0 ? <Text className='save-bar__summary field-error'>有 {count} 处需要修改，见上面的红字。</Text> : null}
      {others.map((message) => (
        <Text key={message} className='save-bar__other field-error'>
          {message}
        </Text>
      ))}
      <ActionButton className={`save-button${busy ? ' save-button--busy' : ''}`} text={busy ? '正在保存…' : text} onClick={busy ? () => undefined : onSave} />
    </View>
  )
}
