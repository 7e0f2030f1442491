// A tappable row of a console list (a member, an area, an activity, a child org):
// a title, up to a few lines under it, an optional badge and an arrow.
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './index.css'

export interface ListRowProps {
  title: string
  lines?: string[]
  badge?: string
  badgeTone?: 'good' | 'warn' | 'muted'
  /** a picture before the text (a member's photo) */
  leading?: ReactNode
  className?: string
  onOpen?: () => void
}

export function ListRow({ title, lines = [], badge, badgeTone = 'muted', leading, className = '', onOpen }: ListRowProps) {
  return (
    <View className={`list-row ${className}`} hoverClass={onOpen ? 'list-row--pressed' : 'none'} onClick={onOpen}>
      {leading}
      <View className='list-row__text'>
        <View className='list-row__head'>
          <Text className='list-row__title'>{title}</Text>
          {badge ? <Text className={`list-row__badge list-row__badge--${badgeTone}`}>{badge}</Text> : null}
        </View>
        {lines.filter(Boolean).map((line) => (
          <Text key={line} className='list-row__line'>
            {line}
          </Text>
        ))}
      </View>
      {onOpen ? <Text className='list-row__arrow'>›</Text> : null}
    </View>
  )
}
