// The chair's topic list (topics.listForChair): her own federation's topics or the
// ones her children escalated, optionally of one state, paged by the stable cursor.
import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import type { TopicState } from '../../../types/topicModel'
import type { ChairTopicView } from '../../../types/topics'
import { type ApiError, asApiError, call } from '../../api'

export type TopicScope = 'own' | 'escalated'
type Cursor = { at: string; id: string }

export function useChairTopics(orgId: string, scope: TopicScope, state: TopicState | undefined) {
  const [topics, setTopics] = useState<ChairTopicView[] | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [hasMore, setHasMore] = useState(false)
  const cursor = useRef<Cursor | null>(null)

  const fetchPage = useCallback(
    async (from: Cursor | null) => {
      const page = await call('topics', 'listForChair', { orgId, scope, ...(state ? { state } : {}), limit: 20, ...(from ? { cursor: from } : {}) })
      cursor.current = page.nextCursor
      setHasMore(page.nextCursor !== null)
      return page.topics
    },
    [orgId, scope, state],
  )

  const reload = useCallback(async () => {
    try {
      setError(null)
      setTopics(await fetchPage(null))
    } catch (caught) {
      setError(asApiError(caught))
    }
  }, [fetchPage])

  const loadMore = useCallback(async () => {
    if (!cursor.current) return
    try {
      const more = await fetchPage(cursor.current)
      setTopics((current) => [...(current ?? []), ...more])
    } catch (caught) {
      void Taro.showToast({ title: asApiError(caught).message, icon: 'none' })
    }
  }, [fetchPage])

  useEffect(() => {
    setTopics(null)
    void reload()
  }, [reload])
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })

  return { topics, error, hasMore, reload, loadMore }
}
