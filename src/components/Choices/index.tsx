// Large tappable chips for a closed choice (post, month, reason, the member covering
// an area): easier than a wheel picker with big text, and the same in WeChat and H5.
import { Text, View } from '@tarojs/components'
import './index.css'

export interface ChoiceOption<T extends string | number> {
  value: T
  label: string
  /** a second, smaller line, e.g. a member's post */
  note?: string
}

export interface ChoicesProps<T extends string | number> {
  options: ChoiceOption<T>[]
  /** the chosen values (one for a single choice) */
  selected: T[]
  onToggle: (value: T) => void
  className?: string
  /** shown when there are no options */
  emptyText?: string
}

export function Choices<T extends string | number>({ options, selected, onToggle, className = '', emptyText }: ChoicesProps<T>) {
  if (options.length === 0 && emptyText) return <Text className='page-note'>{emptyText}</Text>
  return (
    <View className={`choices ${className}`}>
      {options.map((option) => {
        const on = selected.includes(option.value)
        return (
          <View key={String(option.value)} className={`choice${on ? ' choice--on' : ''}`} hoverClass='choice--pressed' onClick={() => onToggle(option.value)}>
            <Text className='choice__label'>{option.label}</Text>
            {option.note ? <Text className='choice__note'>{option.note}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
