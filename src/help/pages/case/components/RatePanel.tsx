// 满意度: once her case is closed she rates the help from 1 to 5 stars, with a word if
// she likes; afterwards her rating is shown.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { ActionButton } from '../../../../components/ActionButton'
import { FormField } from '../../../../components/FormField'
import { Section } from '../../../../components/Section'
import { TextArea } from '../../../../components/TextInput'
import { errorAt } from '../../../../lib/fieldErrors'
import type { MyCase } from '../../../hooks/useMyCase'

const SCORES = [1, 2, 3, 4, 5] as const
const SCORE_WORDS = ['', '很不满意', '不太满意', '一般', '满意', '非常满意']

export function Stars({ score, onPick }: { score: number; onPick?: (score: number) => void }) {
  return (
    <View className='rating-stars'>
      {SCORES.map((value) => (
        <Text key={value} className={`rating-star${value <= score ? ' rating-star--on' : ''}`} onClick={onPick ? () => onPick(value) : undefined}>
          {value <= score ? '★' : '☆'}
        </Text>
      ))}
      {score ? <Text className='rating-stars__words'>{SCORE_WORDS[score]}</Text> : null}
    </View>
  )
}

export function RatePanel({ myCase, canRate, rating }: { myCase: MyCase; canRate: boolean; rating: { score: number; comment: string } | null }) {
  const [score, setScore] = useState(0)
  const [comment, setComment] = useState('')
  if (rating) {
    return (
      <Section title='我的评价' className='case-rating'>
        <Stars score={rating.score} />
        {rating.comment ? <Text className='case-fact__text'>{rating.comment}</Text> : null}
      </Section>
    )
  }
  if (!canRate) return null
  return (
    <Section title='评价这次帮助' className='case-rate'>
      <Text className='help-note'>您的评价只用于改进妇联的工作。</Text>
      <FormField label='满意度' name='step.score' error={errorAt(myCase.errors, 'step.score')}>
        <Stars score={score} onPick={setScore} />
      </FormField>
      <FormField label='想说的话（可不填）' name='step.comment' error={errorAt(myCase.errors, 'step.comment')}>
        <TextArea className='rate-comment-input' value={comment} maxLength={300} onChange={setComment} />
      </FormField>
      <ActionButton className='rate-button' text={myCase.busy ? '正在提交…' : '提交评价'} onClick={() => void myCase.act({ kind: 'rate', score, comment }, '谢谢您的评价')} />
    </Section>
  )
}
