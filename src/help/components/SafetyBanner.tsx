// Always at the top of the intake and of her case: one tap to 110 and to 12338, and
// 快速离开, which first wipes what the page holds and then leaves for a neutral page.
import { Text, View } from '@tarojs/components'
import { dial, type Hotline, leaveForTips, POLICE, WOMEN_HOTLINE } from '../lib/safety'
import './SafetyBanner.css'

export interface SafetyBannerProps {
  /** clears every piece of the page's state before leaving */
  onExit: () => void
}

function CallTile({ hotline, className }: { hotline: Hotline; className: string }) {
  return (
    <View className={`safety-call ${className}`} hoverClass='safety-call--pressed' onClick={() => dial(hotline)}>
      <Text className='safety-call__number'>{hotline.number}</Text>
      <Text className='safety-call__label'>{hotline.label}</Text>
    </View>
  )
}

export function SafetyBanner({ onExit }: SafetyBannerProps) {
  const exit = () => {
    onExit()
    leaveForTips()
  }
  return (
    <View className='safety-banner'>
      <CallTile hotline={POLICE} className='call-110' />
      <CallTile hotline={WOMEN_HOTLINE} className='call-12338' />
      <View className='quick-exit-button' hoverClass='quick-exit-button--pressed' onClick={exit}>
        <Text className='quick-exit-button__text'>快速离开</Text>
        <Text className='quick-exit-button__note'>一键关闭本页</Text>
      </View>
    </View>
  )
}
