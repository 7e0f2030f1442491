// The hotlines a woman in danger can call with one tap, wherever she is in the app:
// the police and the women's rights hotline on the board and at the top of every help
// page, and the children's hotline on the under-14 path. They are part of the page
// itself, so they work with no network.
import Taro from '@tarojs/taro'

export interface Hotline {
  number: string
  label: string
}

export const POLICE: Hotline = { number: '110', label: '有危险请立即报警' }
export const WOMEN_HOTLINE: Hotline = { number: '12338', label: '妇女维权公益服务热线' }
export const YOUTH_HOTLINE: Hotline = { number: '12355', label: '青少年服务台' }

export function dial(hotline: Hotline): void {
  Taro.makePhoneCall({ phoneNumber: hotline.number }).catch(() => undefined)
}
