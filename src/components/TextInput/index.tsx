// Text boxes: one line (a form field, or the round search box with the keyboard's
// search key) and several lines. In H5 a plain <input>/<textarea>, so the class lands
// on the real element and the phone keyboard matches the type; in WeChat its own
// Input and Textarea.
import { Input, Textarea } from '@tarojs/components'
import './index.css'

export interface TextInputProps {
  value: string
  onChange: (value: string) => void
  placeholder?: string
  /** `search`: the round search box, with the keyboard's search key */
  type?: 'text' | 'tel' | 'number' | 'search'
  maxLength?: number
  className?: string
  /** Enter / the keyboard's confirm key */
  onConfirm?: () => void
}

export function TextInput({ value, onChange, placeholder = '', type = 'text', maxLength = 100, className = '', onConfirm }: TextInputProps) {
  const search = type === 'search'
  const classes = `${search ? 'text-field' : 'staff-input'} ${className}`
  if (process.env.TARO_ENV === 'h5') {
    return (
      <input
        className={classes}
        type={type === 'number' ? 'text' : type}
        inputMode={type === 'number' ? 'numeric' : undefined}
        enterKeyHint={search ? 'search' : undefined}
        value={value}
        placeholder={placeholder}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onConfirm ? (event) => event.key === 'Enter' && onConfirm() : undefined}
      />
    )
  }
  return (
    <Input
      className={classes}
      type={type === 'number' ? 'number' : 'text'}
      value={value}
      placeholder={placeholder}
      placeholderClass={search ? 'text-field__placeholder' : 'staff-input__placeholder'}
      {...(search ? { confirmType: 'search' as const } : {})}
      maxlength={maxLength}
      onInput={(event) => onChange(event.detail.value)}
      onConfirm={onConfirm ? () => onConfirm() : undefined}
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
