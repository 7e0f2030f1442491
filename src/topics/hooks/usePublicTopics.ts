// The federation's public topics (topics.listPublic), newest first, one page at a time:
// the first on open and on pull-down, the next on reaching the bottom. A topic a later
// page repeats shows once.
import type { TopicView } from '../../../types/topics'
import { useCursorCall } from '../../hooks/useCursorList'

const topicKey = (topic: TopicView) => topic._id

export function usePublicTopics(orgId: string) {
  return useCursorCall('topics', 'listPublic', { orgId }, 'topics', { keyOf: topicKey, moreAtBottom: true })
}
