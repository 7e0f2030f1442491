// One 执委 in 履职情况: her post, the 七个一 chips, what is still to do, her last entry and the
// women she reached, the one-year flag if she carries it, and — for her own chair — 代为记一笔.
import { Text, View } from '@tarojs/components'
import type { DutyMemberStatus } from '../../../../../types/duty'
import { POST_LABEL } from '../../../../../types/enums'
import { ActionButton } from '../../../../components/ActionButton'
import { openPage } from '../../../../lib/routes'
import { dutyMemberViewUrl } from '../../../../lib/staffRoutes'
import { DutyChips, dutyFacts, SilentYearNote } from '../../../components/DutyStatus'

export interface MemberDutyRowProps {
  orgId: string
  row: DutyMemberStatus
  /** the federation's own chair or vice-chair (a chair above reads, and records nothing) */
  mayRecord: boolean
}

function badgeOf({ summary }: DutyMemberStatus): { text: string; tone: string } {
  if (summary.silentYear) return { text: '超过一年没有履职', tone: 'danger' }
  if (summary.behind) return { text: '落后', tone: 'danger' }
  if (summary.todo.length === 0) return { text: '全部完成', tone: 'good' }
  return { text: '按期进行中', tone: 'muted' }
}

export function MemberDutyRow({ orgId, row, mayRecord }: MemberDutyRowProps) {
  const badge = badgeOf(row)
  return (
    <View className={`duty-member ${row.summary.behind ? 'duty-member--behind' : ''}`}>
      <View className='duty-member__head'>
        <Text className='duty-member__name'>{row.name}</Text>
        <Text className='duty-member__post'>{POST_LABEL[row.post]}</Text>
        <Text className={`duty-member__badge duty-member__badge--${badge.tone}`}>{badge.text}</Text>
      </View>
      <DutyChips summary={row.summary} />
      {row.summary.todo.map((line) => (
        <Text key={line} className='duty-member__todo'>
          {line}
        </Text>
      ))}
      {dutyFacts(row.summary).map((line) => (
        <Text key={line} className='duty-member__fact'>
          {line}
        </Text>
      ))}
      <SilentYearNote summary={row.summary} />
      {mayRecord ? <ActionButton className='duty-member__record' variant='plain' text='代为记一笔' onClick={() => openPage(dutyMemberViewUrl(orgId, row.memberId))} /> : null}
    </View>
  )
}
