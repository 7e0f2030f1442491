// The chair's topic list (topics.listForChair): her own federation's topics or the
// ones her children escalated, optionally of one state, paged by the stable cursor.
import { useCallback, useEffect } from 'react'
import type { TopicState } from '../../../types/topicModel'
import { call } from '../../api'
import { type Cursor, useCursorList } from '../../hooks/useCursorList'

export type TopicScope = 'own' | 'escalated'

export function useChairTopics(orgId: string, scope: TopicScope, state: TopicState | undefined) {
  const fetchPage = useCallback(
    async (from: Cursor | null) => {
      const page = await call('topics', 'listForChair', { orgId, scope, ...(state ? { state } : {}), limit: 20, ...(from ? { cursor: from } : {}) })
      return { items: page.topics, nextCursor: page.nextCursor }
    },
    [orgId, scope, state],
  )
  const { items, error, hasMore, reload, loadMore, clear } = useCursorList(fetchPage)
  useEffect(() => {
    clear()
    void reload()
  }, [reload, clear])

  return { topics: items, error, hasMore, reload, loadMore }
}
