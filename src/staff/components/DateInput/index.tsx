// A date (YYYY-MM-DD) or time (HH:mm) field: the browser's own picker in H5, WeChat's
// Picker in the mini-program. A nullable date can be cleared.
import { Picker, Text, View } from '@tarojs/components'
import './index.css'

export interface DateInputProps {
  value: string | null
  onChange: (value: string | null) => void
  mode?: 'date' | 'time'
  placeholder?: string
  /** offer 清除 (the field may be empty) */
  clearable?: boolean
  className?: string
}

function Control({ value, onChange, mode = 'date', placeholder = '请选择', className = '' }: DateInputProps) {
  if (process.env.TARO_ENV === 'h5') {
    return <input className={`staff-input date-input__native ${className}`} type={mode} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)} />
  }
  return (
    <Picker mode={mode} value={value ?? ''} onChange={(event) => onChange(String(event.detail.value))}>
      <View className={`staff-input date-input__picker ${className}`}>
        <Text className={value ? '' : 'staff-input__placeholder'}>{value || placeholder}</Text>
      </View>
    </Picker>
  )
}

export function DateInput(props: DateInputProps) {
  return (
    <View className='date-input'>
      <View className='date-input__control'>
        <Control {...props} />
      </View>
      {props.clearable && props.value ? (
        <Text className='date-input__clear' onClick={() => props.onChange(null)}>
          清除
        </Text>
      ) : null}
    </View>
  )
}
