// What the 妇女之家 wall shows besides people and duties. 001 6.1.3: "人员构成、工作职责、主要制度、
// 联系（监督）电话等上墙公开。" — the 监督电话 and the 制度 by name; 002 第七条 亮职责: "将本级妇联工作职责、
// 年度工作计划、本人工作任务告知妇女群众" — the 年度工作计划, with its year.
import { Text, View } from '@tarojs/components'
import type { BoardDoc } from '../../../../types/board'
import { CallButton, PhoneLink } from '../../../components/CallButton'
import { Section } from '../../../components/Section'
import './WallSection.css'

export interface WallSectionProps {
  board: Pick<BoardDoc, 'supervisionPhone' | 'wallRules' | 'annualPlan'>
}

export function WallSection({ board }: WallSectionProps) {
  const { supervisionPhone, wallRules = [], annualPlan } = board
  return (
    <>
      {annualPlan ? (
        <Section title='年度工作计划' note={`${annualPlan.year}年`} className='board-plan'>
          <Text className='page-text board-plan__text'>{annualPlan.text}</Text>
        </Section>
      ) : null}
      {wallRules.length > 0 || supervisionPhone ? (
        <Section title='制度与监督' className='board-wall'>
          {wallRules.map((rule) => (
            <Text key={rule} className='board-wall__rule'>
              《{rule}》
            </Text>
          ))}
          {supervisionPhone ? (
            <View className='board-wall__phone'>
              <View className='board-wall__phone-text'>
                <Text className='board-wall__phone-label'>监督电话</Text>
                <PhoneLink phone={supervisionPhone} />
              </View>
              <CallButton phone={supervisionPhone} label='拨打监督电话' />
            </View>
          ) : null}
        </Section>
      ) : null}
    </>
  )
}
