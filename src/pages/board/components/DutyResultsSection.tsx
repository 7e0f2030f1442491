// 履职成效 on the board. 002 第七条 亮成效: "工作活动开展后，及时公布成效及群众满意度。" What the
// federation's own 执委 did this quarter and this year, as counts only: the women reached reads
// 少于5 under 5 and — where a small count could be worked out from it.
import { Text, View } from '@tarojs/components'
import type { BoardDutyFigures, BoardDutyPeriod, GetBoardOutput, PublishedCount } from '../../../../types/board'
import { Section } from '../../../components/Section'
import './DutyResultsSection.css'

export interface DutyResultsSectionProps {
  /** absent on a phone's copy of the board saved before 履职成效 existed */
  results: GetBoardOutput['dutyResults']
}

function womenText(count: PublishedCount): string {
  if (count === 'few') return '少于5'
  if (count === 'hidden') return '—'
  return String(count)
}

/** Each figure as the board reads it: what, how many, of what. */
function figureRows(figures: BoardDutyFigures): { key: string; name: string; value: string; unit: string }[] {
  return [
    { key: 'contact', name: '走访联系', value: womenText(figures.contactWomen), unit: '人次' },
    { key: 'talk', name: '宣讲', value: String(figures.talks), unit: '场' },
    { key: 'survey', name: '收集需求', value: String(figures.surveys), unit: '条' },
    { key: 'proposal', name: '提出建议', value: String(figures.proposals), unit: `条，已立项 ${figures.accepted} 条` },
    { key: 'help', name: '帮扶', value: String(figures.helps), unit: '次' },
    { key: 'service', name: '公益', value: String(figures.services), unit: '次' },
  ]
}

function Period({ title, period }: { title: string; period: BoardDutyPeriod }) {
  return (
    <View className={`duty-results__period duty-results__period--${title === '本季度' ? 'quarter' : 'year'}`}>
      <Text className='duty-results__title'>
        {title}（{period.label}）
      </Text>
      {period.figures.entries === 0 ? (
        <Text className='duty-results__empty'>{title}还没有履职记录</Text>
      ) : (
        figureRows(period.figures).map((row) => (
          <View key={row.key} className={`duty-results__row duty-results__row--${row.key}`}>
            <Text className='duty-results__name'>{row.name}</Text>
            <Text className='duty-results__count'>
              <Text className='duty-results__value'>{row.value}</Text> {row.unit}
            </Text>
          </View>
        ))
      )}
    </View>
  )
}

export function DutyResultsSection({ results }: DutyResultsSectionProps) {
  if (!results) return null
  return (
    <Section title='履职成效' className='board-duty-results'>
      <Period title='本季度' period={results.quarter} />
      <Period title='今年' period={results.year} />
      <Text className='duty-results__note'>本会执委记下的工作次数，不公布任何人的信息；走访联系少于5人次显示为「少于5」，能据此推算出它的数字显示为「—」。</Text>
    </Section>
  )
}
