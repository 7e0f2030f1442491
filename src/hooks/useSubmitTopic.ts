// Sending a topic (the resident's 提议题, or a member's entry for a woman she visited):
// the form's values, one requestId kept across retries (a retried submit makes one
// topic), red text for refused fields, and any other refusal in the server's own words
// (signed out: where to sign in is said after them). What she typed is kept on the phone
// as a draft until it is sent. The tap first asks WeChat to let us tell her how her topic
// moves on (src/lib/subscribe.ts); it is sent whatever she chose.
import type { ErrorCode } from '../../types/common'
import { askForNews } from '../lib/subscribe'
import { initialTopicValues, type TopicValues, type TopicVoice } from '../lib/topicForm'
import { useDraft } from './useDraft'
import { useSave } from './useSave'

const SIGN_IN_HINT: Partial<Record<ErrorCode, string>> = {
  UNAUTHENTICATED: '登录在「我的」页面。',
}

export function useSubmitTopic(orgId: string, voice: TopicVoice) {
  const draft = useDraft(`topic.${voice}.${orgId}`, () => initialTopicValues(voice))
  const { values, setValues } = draft
  const set = <K extends keyof TopicValues>(field: K, value: TopicValues[K]) => setValues((current) => ({ ...current, [field]: value }))
  const save = useSave({ show: 'notice', hints: SIGN_IN_HINT, fields: 'inline', oneRecord: true })
  /** resolves with the topic as the back end keeps it, or null when it was refused */
  const submit = async () => {
    if (save.busy) return null
    await askForNews('myTopic')
    const topic = (await save.run('topics', 'submit', { orgId, ...values }, { done: '已提交' }))?.topic ?? null
    if (topic) draft.discard()
    return topic
  }
  return { voice, values, set, busy: save.busy, errors: save.errors, notice: save.notice, submit }
}

export type SubmitTopic = ReturnType<typeof useSubmitTopic>
