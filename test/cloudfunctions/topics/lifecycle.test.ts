// The topic lifecycle, pair by pair: every (state, step) of the state machine, against
// a table written out here by hand (not computed from the one under test). A refused
// pair is CONFLICT with a Chinese reason naming the state and the step.
import { stepFrom } from '../../../cloudfunctions/topics/lib/lifecycle'
import { nextTopicState, TOPIC_STATES, TOPIC_STEPS, type TopicState, type TopicStep } from '../../../types'

const ALLOWED: Record<TopicState, Partial<Record<TopicStep, TopicState>>> = {
  submitted: { accept: 'accepted', decline: 'declined', merge: 'merged' },
  pendingReview: { accept: 'accepted', decline: 'declined', merge: 'merged' },
  accepted: { schedule: 'scheduled', merge: 'merged' },
  declined: {},
  merged: {},
  scheduled: { decide: 'decided', defer: 'accepted' },
  decided: { publishFeedback: 'feedbackPublished', escalate: 'escalated', start: 'inProgress', notCarriedOut: 'notCarriedOut' },
  feedbackPublished: { escalate: 'escalated', start: 'inProgress', complete: 'done', notCarriedOut: 'notCarriedOut' },
  escalated: { publishFeedback: 'feedbackPublished', start: 'inProgress', notCarriedOut: 'notCarriedOut' },
  inProgress: { complete: 'done', notCarriedOut: 'notCarriedOut' },
  done: {},
  notCarriedOut: {},
}

const pairs = TOPIC_STATES.flatMap((state) => TOPIC_STEPS.map((step) => [state, step, ALLOWED[state][step] ?? null] as const))

test.each(pairs)('%s + %s → %s', (state, step, expected) => {
  expect(nextTopicState(state, step)).toBe(expected)
  if (expected) expect(stepFrom({ state }, step)).toBe(expected)
  else expect(() => stepFrom({ state }, step)).toThrow(expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(/^议题当前为“.+”，不能.+$/) }))
})

test('the reason names the state and the step in Chinese', () => {
  expect(() => stepFrom({ state: 'done' }, 'accept')).toThrow('议题当前为“已落实”，不能立项')
})

test('a finished topic (declined, merged, done, not carried out) cannot move at all', () => {
  for (const state of ['declined', 'merged', 'done', 'notCarriedOut'] as const) {
    expect(TOPIC_STEPS.filter((step) => nextTopicState(state, step) !== null)).toEqual([])
  }
})
