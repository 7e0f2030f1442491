// What the rules say is off, in plain words, each with the rule it comes from
// (e.g. 重庆市基层妇联执委增替补及退出制度 第四条); the rotation ones open the year planner, and
// for a chair the half-year without a 执委会 opens 召集执委会.
import { Text, View } from '@tarojs/components'
import type { RuleWarning, WarningKind } from '../../../../../types/staff'
import { Section } from '../../../../components/Section'
import { openPage } from '../../../../lib/routes'
import { committeeNewUrl, rotationUrl } from '../../../../lib/staffRoutes'
import './WarningList.css'

export interface WarningListProps {
  orgId: string
  warnings: RuleWarning[]
  /** a chair may act on a warning (召集执委会); a member only reads it */
  chair?: boolean
}

const ROTATION_KINDS: WarningKind[] = ['memberWithoutDuty', 'rotationClash']

export function WarningList({ orgId, warnings, chair = false }: WarningListProps) {
  return (
    <Section title='需要完善' note={warnings.length ? `${warnings.length} 项` : '没有问题'} className='console-warnings'>
      {warnings.length === 0 ? <Text className='page-note'>成员、片区、轮值、照片和电话都符合要求。</Text> : null}
      {warnings.map((warning, index) => (
        <View key={`${warning.kind}-${index}`} className={`rule-warning rule-warning--${warning.kind}`}>
          <Text className='rule-warning__message'>{warning.message}</Text>
          <Text className='rule-warning__rule'>依据：{warning.rule}</Text>
          {ROTATION_KINDS.includes(warning.kind) ? (
            <Text className='rule-warning__action' onClick={() => openPage(rotationUrl(orgId))}>
              打开全年轮值安排 ›
            </Text>
          ) : null}
          {warning.kind === 'noCommittee' && chair ? (
            <Text className='rule-warning__action rule-warning__action--committee' onClick={() => openPage(committeeNewUrl(orgId))}>
              召集执委会 ›
            </Text>
          ) : null}
        </View>
      ))}
    </Section>
  )
}
