// A topic as its form holds it, for the resident's 提议题 and a member's 代为提交: the
// contract's submit fields (every one filled in, so each box has a value), how each
// form starts, and the fields each shows next to its inputs.
import type { ActionInput } from '../../types/contracts'

export type TopicValues = Required<Omit<ActionInput<'topics', 'submit'>, 'orgId' | 'dutyEntryId'>>

/** Whose words the form speaks: to the woman herself, or about her to the member entering it. */
export type TopicVoice = 'her' | 'member'

const MEMBER_NOTE = '执委走访时代为提交'

export const initialTopicValues = (voice: TopicVoice): TopicValues => ({
  title: '',
  problem: '',
  proposal: '',
  category: 'other',
  channel: voice === 'her' ? 'online' : 'visit',
  name: '',
  anonymous: false,
  onBehalfOf: voice === 'her' ? '' : MEMBER_NOTE,
})

const HER_FIELDS = ['title', 'problem', 'proposal', 'category', 'channel', 'name', 'anonymous'] as const
export const TOPIC_FIELDS: Record<TopicVoice, readonly string[]> = { her: HER_FIELDS, member: [...HER_FIELDS, 'onBehalfOf'] }
