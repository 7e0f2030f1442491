// One labelled field of a console form, with its hint and, after a refused save,
// the back end's message for it in red right underneath.
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './index.css'

export interface FormFieldProps {
  label: string
  /** the field's name in the payload: tests and error messages find it by this */
  name: string
  hint?: string
  error?: string
  required?: boolean
  children: ReactNode
}

export function FormField({ label, name, hint, error, required = false, children }: FormFieldProps) {
  return (
    <View className={`form-field form-field--${name.replace(/\./g, '-')}${error ? ' form-field--invalid' : ''}`}>
      <View className='form-field__head'>
        <Text className='form-field__label'>{label}</Text>
        {required ? <Text className='form-field__required'>必填</Text> : null}
      </View>
      {hint ? <Text className='form-field__hint'>{hint}</Text> : null}
      <View className='form-field__control'>{children}</View>
      {error ? <Text className='form-field__error field-error'>{error}</Text> : null}
    </View>
  )
}
