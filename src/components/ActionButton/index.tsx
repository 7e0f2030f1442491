// A large, full-text tappable button built on View, so it looks the same in WeChat
// and H5 and never clips enlarged text.
import { View } from '@tarojs/components'
import './index.css'

export interface ActionButtonProps {
  text: string
  onClick: () => void
  variant?: 'primary' | 'plain' | 'quiet'
  className?: string
}

export function ActionButton({ text, onClick, variant = 'primary', className = '' }: ActionButtonProps) {
  return (
    <View className={`action-button action-button--${variant} ${className}`} hoverClass='action-button--pressed' onClick={onClick}>
      {text}
    </View>
  )
}
