// Calling a member: a big "拨打电话" button (makePhoneCall) and the number itself,
// which in H5 is also a plain tel: link.
import Taro from '@tarojs/taro'
import type { ITouchEvent } from '@tarojs/components'
import { Text, View } from '@tarojs/components'
import './index.css'

export interface CallButtonProps {
  phone: string | null
  label?: string
  size?: 'normal' | 'large'
}

function dial(phone: string, event?: ITouchEvent): void {
  event?.stopPropagation()
  Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)
}

export function CallButton({ phone, label = '拨打电话', size = 'normal' }: CallButtonProps) {
  if (!phone) return <Text className='call-none'>未公开电话</Text>
  return (
    <View className={`call-button call-button--${size}`} hoverClass='call-button--pressed' onClick={(event) => dial(phone, event)}>
      {label}
    </View>
  )
}

export interface PhoneLinkProps {
  phone: string | null
}

export function PhoneLink({ phone }: PhoneLinkProps) {
  if (!phone) return null
  if (process.env.TARO_ENV === 'h5') {
    return (
      <a className='phone-link' href={`tel:${phone}`} onClick={(event) => event.stopPropagation()}>
        {phone}
      </a>
    )
  }
  return (
    <Text className='phone-link' onClick={(event) => dial(phone, event)}>
      {phone}
    </Text>
  )
}
