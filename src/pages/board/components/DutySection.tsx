// 亮工作职责 (the body's own, never another level's default), and the federation's own 情况介绍 (附件6) when it has written one.
import { Text, View } from '@tarojs/components'
import { Section } from '../../../components/Section'
import './DutySection.css'

export interface DutySectionProps {
  duties: string[]
  intro: string
}

export function DutySection({ duties, intro }: DutySectionProps) {
  return (
    <>
      <Section title='亮工作职责'>
        {duties.length === 0 ? <Text className='page-note duty-empty'>本会的工作职责正在整理，请向妇联干部了解。</Text> : null}
        {duties.map((duty, index) => (
          <View key={duty} className='duty'>
            <Text className='duty__number'>{index + 1}</Text>
            <Text className='duty__text'>{duty}</Text>
          </View>
        ))}
      </Section>
      {intro ? (
        <Section title='情况介绍'>
          <Text className='page-text'>{intro}</Text>
        </Section>
      ) : null}
    </>
  )
}
