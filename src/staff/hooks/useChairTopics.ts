// The chair's topic list (topics.listForChair): her own federation's topics or the
// ones her children escalated, optionally of one state, paged by the stable cursor.
import type { TopicState } from '../../../types/topicModel'
import { useCursorCall } from '../../hooks/useCursorList'

export type TopicScope = 'own' | 'escalated'

export function useChairTopics(orgId: string, scope: TopicScope, state: TopicState | undefined) {
  // read again on every show: a topic reviewed or put on a meeting elsewhere shows its new state
  return useCursorCall('topics', 'listForChair', { orgId, scope, ...(state ? { state } : {}) }, 'topics', { reloadOnShow: true })
}
