// Sending a topic (the resident's 提议题, or a member's entry for a woman she visited):
// the form's values, one requestId kept across retries (a retried submit makes one
// topic), red text for refused fields, and kind words for content the check refused or
// for sending too often. What she typed is kept on the phone as a draft until it is sent.
import type { ErrorCode } from '../../types/common'
import { initialTopicValues, type TopicValues, type TopicVoice } from '../lib/topicForm'
import { useDraft } from './useDraft'
import { useSave } from './useSave'

const KIND_WORDS: Partial<Record<ErrorCode, string>> = {
  CONTENT_REJECTED: '内容里有不适合公开的词句，请修改后再提交。',
  RATE_LIMITED: '您提交得有点频繁，请过一会儿再试。',
  UNAUTHENTICATED: '请先登录后再提交（「我的」页面）。',
}

export function useSubmitTopic(orgId: string, voice: TopicVoice) {
  const draft = useDraft(`topic.${voice}.${orgId}`, () => initialTopicValues(voice))
  const { values, setValues } = draft
  const set = <K extends keyof TopicValues>(field: K, value: TopicValues[K]) => setValues((current) => ({ ...current, [field]: value }))
  const save = useSave({ show: 'notice', words: KIND_WORDS, fields: 'inline', oneRecord: true })
  /** resolves with the topic as the back end keeps it, or null when it was refused */
  const submit = async () => {
    const topic = (await save.run('topics', 'submit', { orgId, ...values }, { done: '已提交' }))?.topic ?? null
    if (topic) draft.discard()
    return topic
  }
  return { voice, values, set, busy: save.busy, errors: save.errors, notice: save.notice, submit }
}

export type SubmitTopic = ReturnType<typeof useSubmitTopic>
