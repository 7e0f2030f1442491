// 群众满意度 of a topic's outcome (topics.rateOutcome): a resident who seconded it rates the
// published outcome once. A refusal is shown in the server's own words.
import type { SatisfactionLevel } from '../../../types/topicModel'
import { useSave } from '../../hooks/useSave'

export function useRateOutcome(topicId: string, onRated: (rating: SatisfactionLevel) => void) {
  const save = useSave({ dialogTitle: '没有评价成功', fields: 'none' })
  const rate = async (rating: SatisfactionLevel) => {
    const answer = await save.run('topics', 'rateOutcome', { topicId, rating }, { done: '谢谢您的评价' })
    if (answer) onRated(answer.rating)
  }
  return { busy: save.busy, rate }
}
