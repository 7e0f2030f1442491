// Sending a topic (the resident's 提议题, or a member's entry for a woman she visited):
// one requestId kept across retries (a retried submit makes one topic), field messages
// for INVALID_INPUT, and kind words for content the check refused or for sending too often.
import { useRef, useState } from 'react'
import type { TopicCategory, TopicChannel } from '../../../types/topicModel'
import type { ChairTopicView } from '../../../types/topics'
import { asApiError, call, newRequestId } from '../../api'
import { type FieldErrors, toFieldErrors } from '../../staff/lib/fieldErrors'

export interface TopicValues {
  title: string
  problem: string
  proposal: string
  category: TopicCategory
  channel: TopicChannel
  name: string
  anonymous: boolean
  /** a member entering it for a woman she visited: who and when, in a note */
  onBehalfOf: string
}

export const initialTopicValues = (channel: TopicChannel = 'online'): TopicValues => ({ title: '', problem: '', proposal: '', category: 'other', channel, name: '', anonymous: false, onBehalfOf: '' })

const KIND_WORDS: Partial<Record<string, string>> = {
  CONTENT_REJECTED: '内容里有不适合公开的词句，请修改后再提交。',
  RATE_LIMITED: '您提交得有点频繁，请过一会儿再试。',
  UNAUTHENTICATED: '请先登录后再提交（「我的」页面）。',
}

export function useSubmitTopic(orgId: string) {
  const requestId = useRef(newRequestId())
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [notice, setNotice] = useState('')

  const submit = async (values: TopicValues): Promise<ChairTopicView | null> => {
    if (busy) return null
    setBusy(true)
    setErrors({})
    setNotice('')
    try {
      const { topic } = await call('topics', 'submit', { orgId, ...values }, requestId.current)
      requestId.current = newRequestId()
      return topic
    } catch (caught) {
      const error = asApiError(caught)
      if (error.code === 'INVALID_INPUT' && error.issues.length > 0) setErrors(toFieldErrors(error.issues))
      else setNotice(KIND_WORDS[error.code] ?? error.message)
      return null
    } finally {
      setBusy(false)
    }
  }

  return { busy, errors, notice, submit }
}
