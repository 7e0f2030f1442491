// Text boxes for console forms. In H5 a plain <input>/<textarea> (the class lands on
// the real element, the phone keyboard matches the type); in WeChat its own Input
// and Textarea.
import { Input, Textarea } from '@tarojs/components'
import './index.css'

export interface TextInputProps {
  value: string
  onChange: (value: string) => void
  placeholder?: string
  type?: 'text' | 'tel' | 'number'
  maxLength?: number
  className?: string
}

export function TextInput({ value, onChange, placeholder = '', type = 'text', maxLength = 100, className = '' }: TextInputProps) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <input
        className={`staff-input ${className}`}
        type={type === 'number' ? 'text' : type}
        inputMode={type === 'number' ? 'numeric' : undefined}
        value={value}
        placeholder={placeholder}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
      />
    )
  }
  return (
    <Input
      className={`staff-input ${className}`}
      type={type === 'number' ? 'number' : 'text'}
      value={value}
      placeholder={placeholder}
      placeholderClass='staff-input__placeholder'
      maxlength={maxLength}
      onInput={(event) => onChange(event.detail.value)}
    />
  )
}

export interface TextAreaProps {
  value: string
  onChange: (value: string) => void
  placeholder?: string
  maxLength?: number
  className?: string
}

export function TextArea({ value, onChange, placeholder = '', maxLength = 1000, className = '' }: TextAreaProps) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <textarea
        className={`staff-textarea ${className}`}
        value={value}
        placeholder={placeholder}
        maxLength={maxLength}
        rows={4}
        onChange={(event) => onChange(event.target.value)}
      />
    )
  }
  return (
    <Textarea
      className={`staff-textarea ${className}`}
      value={value}
      placeholder={placeholder}
      placeholderClass='staff-input__placeholder'
      maxlength={maxLength}
      autoHeight
      onInput={(event) => onChange(event.detail.value)}
    />
  )
}
