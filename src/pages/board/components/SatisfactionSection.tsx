// 群众满意度 on the board. 002 第七条 亮成效: "工作活动开展后，及时公布成效及群众满意度。" Counts only,
// never people: fewer than 5 ratings show no level, a small count reads 少于5 and one withheld —.
import { Text, View } from '@tarojs/components'
import type { BoardSatisfaction, PublishedCount, SatisfactionRow } from '../../../../types/board'
import { SATISFACTION_LABEL, SATISFACTION_LEVELS } from '../../../../types/vocabulary'
import { Section } from '../../../components/Section'
import './SatisfactionSection.css'

export interface SatisfactionSectionProps {
  satisfaction: BoardSatisfaction | undefined
}

function countText(count: PublishedCount, rated: number): string {
  if (count === 'few') return '少于5人'
  if (count === 'hidden') return '—'
  return `${count}人（${Math.round((count / rated) * 100)}%）`
}

function Row({ title, row }: { title: string; row: SatisfactionRow }) {
  return (
    <View className='satisfaction-row'>
      <Text className='satisfaction-row__title'>{title}</Text>
      {row.rated === 'few' ? (
        <Text className='satisfaction-row__few'>评价的人少于5人，暂不公布分项</Text>
      ) : (
        <>
          <Text className='satisfaction-row__total'>共 {row.rated} 人评价</Text>
          {SATISFACTION_LEVELS.map((level) => (
            <View key={level} className={`satisfaction-row__level satisfaction-row__level--${level}`}>
              <Text className='satisfaction-row__label'>{SATISFACTION_LABEL[level]}</Text>
              <Text className='satisfaction-row__count'>{countText(row[level], row.rated as number)}</Text>
            </View>
          ))}
        </>
      )}
    </View>
  )
}

export function SatisfactionSection({ satisfaction }: SatisfactionSectionProps) {
  if (!satisfaction || (!satisfaction.topics && !satisfaction.help)) return null
  return (
    <Section title='群众满意度' className='board-satisfaction'>
      {satisfaction.topics ? <Row title='议事结果（附议的居民评价）' row={satisfaction.topics} /> : null}
      {satisfaction.help ? <Row title='求助服务（求助的妇女评价）' row={satisfaction.help} /> : null}
    </Section>
  )
}
