// A one-line text box. In H5 it is a plain <input> (so the class lands on the real
// input element and the browser's own search keyboard works); in the mini-program
// it is WeChat's input.
import { Input } from '@tarojs/components'
import './index.css'

export interface TextFieldProps {
  className: string
  value: string
  placeholder: string
  maxLength?: number
  onChange: (value: string) => void
  /** Enter / the keyboard's search key */
  onConfirm?: () => void
}

export function TextField({ className, value, placeholder, maxLength = 30, onChange, onConfirm }: TextFieldProps) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <input
        className={`text-field ${className}`}
        type='search'
        enterKeyHint='search'
        value={value}
        placeholder={placeholder}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onConfirm?.()
        }}
      />
    )
  }
  return (
    <Input
      className={`text-field ${className}`}
      value={value}
      placeholder={placeholder}
      placeholderClass='text-field__placeholder'
      confirmType='search'
      maxlength={maxLength}
      onInput={(event) => onChange(event.detail.value)}
      onConfirm={() => onConfirm?.()}
    />
  )
}
