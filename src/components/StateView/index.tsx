// Loading, empty and error states: every page shows one of these instead of a
// blank screen, in words a resident understands, with a way forward.
import { Text, View } from '@tarojs/components'
import { ActionButton } from '../ActionButton'
import './index.css'

export interface StateViewProps {
  kind: 'loading' | 'empty' | 'error'
  title: string
  detail?: string
  actionText?: string
  onAction?: () => void
}

const ICON: Record<StateViewProps['kind'], string> = { loading: '', empty: '○', error: '!' }

export function StateView({ kind, title, detail, actionText, onAction }: StateViewProps) {
  return (
    <View className={`state-view state-${kind}`}>
      {kind === 'loading' ? <View className='state-view__spinner' /> : <View className='state-view__icon'>{ICON[kind]}</View>}
      <Text className='state-view__title'>{title}</Text>
      {detail ? <Text className='state-view__detail'>{detail}</Text> : null}
      {actionText && onAction ? <ActionButton className='state-view__action' text={actionText} onClick={onAction} variant='plain' /> : null}
    </View>
  )
}
