// The ways out of the intake that never depend on the product: one-tap calls to the
// police and the women's rights hotline, and quick exit to a neutral page that leaves
// nothing of the request on screen or in the page history.
import Taro from '@tarojs/taro'
import { tipsHashUrl, tipsUrl } from '../../lib/helpRoutes'

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

/**
 * Leaves for the tips page. In H5 the current history entry is replaced by the tips
 * page's address, so going Back never shows the form again; in WeChat reLaunch closes
 * every open page.
 */
export function leaveForTips(): void {
  if (process.env.TARO_ENV === 'h5') {
    window.location.replace(tipsHashUrl())
    return
  }
  void Taro.reLaunch({ url: tipsUrl() })
}
