// The completeness score (0–100: the share of rule checks the org passes) as a
// coloured pill, with the number of things still to fix. Both measure the team (people,
// chair, identity, coverage, rotation: cloudfunctions/org/lib/ruleWarnings.ts), so the pill
// says 队伍: the console's 需要完善 list also holds the 妇女之家 and attendance warnings,
// which a parent's list of children cannot see, and its count may be larger.
import { Text, View } from '@tarojs/components'
import './index.css'

export interface CompletenessProps {
  score: number
  warningCount: number
  size?: 'small' | 'large'
}

export const completenessTone = (score: number): 'good' | 'fair' | 'poor' => (score >= 90 ? 'good' : score >= 60 ? 'fair' : 'poor')

export function Completeness({ score, warningCount, size = 'small' }: CompletenessProps) {
  return (
    <View className={`completeness completeness--${size} completeness--${completenessTone(score)}`}>
      <Text className='completeness__score'>{Math.round(score)}</Text>
      <Text className='completeness__unit'>分</Text>
      <Text className='completeness__note'>{warningCount > 0 ? `队伍 ${warningCount} 项待完善` : '队伍全部达标'}</Text>
    </View>
  )
}
