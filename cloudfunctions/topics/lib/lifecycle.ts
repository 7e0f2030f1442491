// The state machine applied: a step the TOPIC_TRANSITIONS table does not allow from the
// topic's state is CONFLICT, with a reason in Chinese naming both.
import { nextTopicState, TOPIC_STATE_LABEL, TOPIC_STEP_LABEL, type TopicDoc, type TopicState, type TopicStep } from '../../../types'
import { AppError } from '../../common/errors'

export function refusalReason(state: TopicState, step: TopicStep): string {
  return `议题当前为“${TOPIC_STATE_LABEL[state]}”，不能${TOPIC_STEP_LABEL[step]}`
}

/** The state `step` leads to from the topic's state, or CONFLICT. */
export function stepFrom(topic: Pick<TopicDoc, 'state'>, step: TopicStep): TopicState {
  const next = nextTopicState(topic.state, step)
  if (!next) throw new AppError('CONFLICT', refusalReason(topic.state, step))
  return next
}
