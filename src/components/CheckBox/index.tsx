// A large tick box built on View (the same in WeChat and H5, readable with big text):
// the consent step and "不要给我打电话" use it. Unchecked unless she ticks it.
import { Text, View } from '@tarojs/components'
import './index.css'

export interface CheckBoxProps {
  checked: boolean
  onToggle: () => void
  text: string
  className?: string
}

export function CheckBox({ checked, onToggle, text, className = '' }: CheckBoxProps) {
  return (
    <View className={`check-box ${checked ? 'check-box--on' : ''} ${className}`} role='checkbox' aria-checked={checked} onClick={onToggle}>
      <Text className='check-box__box'>{checked ? '✓' : ''}</Text>
      <Text className='check-box__text'>{text}</Text>
    </View>
  )
}
