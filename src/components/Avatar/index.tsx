// A member's photo, or her surname on a coloured disc when there is no photo or it
// fails to load.
import { useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import './index.css'

export interface AvatarProps {
  name: string
  photoUrl: string | null
  size?: 'medium' | 'large'
}

export function Avatar({ name, photoUrl, size = 'medium' }: AvatarProps) {
  const [failed, setFailed] = useState(false)
  if (photoUrl && !failed) {
    return <Image className={`avatar avatar--${size}`} src={photoUrl} mode='aspectFill' lazyLoad onError={() => setFailed(true)} />
  }
  return (
    <View className={`avatar avatar--${size} avatar--initial`}>
      <Text className='avatar__initial'>{name.slice(0, 1)}</Text>
    </View>
  )
}
