// 执委变动公示: who joined the committee (增补 / 替补) or left it (卸免 / 劝退 / 终止) lately, with the
// day — shown for the days the federation chose, then gone (002 增替补及退出制度第十七条). Names and
// the kind of change only: the board never shows a reason, the votes or the 党组织's approval.
import { Text, View } from '@tarojs/components'
import type { BoardCommitteeChange } from '../../../../types/board'
import { COMMITTEE_CHANGE_LABEL } from '../../../../types/vocabulary'
import { Section } from '../../../components/Section'
import './CommitteeChangeSection.css'

/** 「增补执委 刘候选，2026年11月23日」 */
export const changeWords = (change: BoardCommitteeChange): string =>
  `${COMMITTEE_CHANGE_LABEL[change.kind]} ${change.name}，${Number(change.on.slice(0, 4))}年${Number(change.on.slice(5, 7))}月${Number(change.on.slice(8, 10))}日`

export function CommitteeChangeSection({ changes }: { changes: readonly BoardCommitteeChange[] | undefined }) {
  if (!changes || changes.length === 0) return null
  return (
    <Section title='执委变动公示' className='committee-change-section'>
      <View className='committee-changes'>
        {changes.map((change) => (
          <Text key={`${change.kind}-${change.name}-${change.on}`} className='committee-change'>
            {changeWords(change)}
          </Text>
        ))}
      </View>
    </Section>
  )
}
