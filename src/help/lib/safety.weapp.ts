// The mini-program's quick exit: WeChat keeps no browser history, so reLaunch — which
// closes every open page — leaves nothing of the help pages behind. Taro picks this file
// for the weapp build; the browser's history clearing (safety.ts) never reaches it.
import Taro from '@tarojs/taro'
import { tipsUrl } from '../../lib/helpRoutes'
import type * as H5 from './safety'

export { dial, type Hotline, POLICE, WOMEN_HOTLINE, YOUTH_HOTLINE } from '../../lib/hotlines'

export const leaveForTips: typeof H5.leaveForTips = () => {
  void Taro.reLaunch({ url: tipsUrl() })
}
