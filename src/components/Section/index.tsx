// A titled block of the board (亮组织架构, 亮执委身份 …): one look for every section.
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './index.css'

export interface SectionProps {
  title: string
  /** a short note beside the title, e.g. a count or the quarter */
  note?: string
  className?: string
  children: ReactNode
}

export function Section({ title, note, className = '', children }: SectionProps) {
  return (
    <View className={`section ${className}`}>
      <View className='section__head'>
        <View className='section__mark' />
        <Text className='section__title'>{title}</Text>
        {note ? <Text className='section__note'>{note}</Text> : null}
      </View>
      <View className='section__body'>{children}</View>
    </View>
  )
}
