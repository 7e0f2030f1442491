// What the rules say is off, in plain words, each with the rule it comes from
// (e.g. 重庆市基层妇联执委增替补及退出制度 第四条).
import { Text, View } from '@tarojs/components'
import type { RuleWarning } from '../../../../../types/staff'
import { Section } from '../../../../components/Section'
import './WarningList.css'

export interface WarningListProps {
  warnings: RuleWarning[]
}

export function WarningList({ warnings }: WarningListProps) {
  return (
    <Section title='需要完善' note={warnings.length ? `${warnings.length} 项` : '没有问题'} className='console-warnings'>
      {warnings.length === 0 ? <Text className='page-note'>成员、片区、轮值、照片和电话都符合要求。</Text> : null}
      {warnings.map((warning, index) => (
        <View key={`${warning.kind}-${index}`} className={`rule-warning rule-warning--${warning.kind}`}>
          <Text className='rule-warning__message'>{warning.message}</Text>
          <Text className='rule-warning__rule'>依据：{warning.rule}</Text>
        </View>
      ))}
    </Section>
  )
}
