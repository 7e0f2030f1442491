// The federation's public topics, one page at a time with the back end's stable
// cursor: the first page on open and on pull-down, the next on reaching the bottom.
import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import type { TopicView } from '../../../types/topics'
import { type ApiError, asApiError, call } from '../../api'

type Cursor = { at: string; id: string }

export interface PublicTopics {
  topics: TopicView[]
  status: 'loading' | 'ready' | 'error'
  error: ApiError | null
  hasMore: boolean
  loadingMore: boolean
  reload: () => Promise<void>
  loadMore: () => Promise<void>
}

export function usePublicTopics(orgId: string): PublicTopics {
  const [topics, setTopics] = useState<TopicView[]>([])
  const [status, setStatus] = useState<PublicTopics['status']>('loading')
  const [error, setError] = useState<ApiError | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const cursor = useRef<Cursor | null>(null)
  const [hasMore, setHasMore] = useState(false)

  const reload = useCallback(async () => {
    try {
      const page = await call('topics', 'listPublic', { orgId, limit: 20 })
      cursor.current = page.nextCursor
      setTopics(page.topics)
      setHasMore(page.nextCursor !== null)
      setStatus('ready')
    } catch (caught) {
      setError(asApiError(caught))
      setStatus('error')
    }
  }, [orgId])

  const loadMore = useCallback(async () => {
    if (!cursor.current || loadingMore) return
    setLoadingMore(true)
    try {
      const page = await call('topics', 'listPublic', { orgId, limit: 20, cursor: cursor.current })
      cursor.current = page.nextCursor
      setTopics((current) => [...current, ...page.topics.filter((topic) => !current.some((old) => old._id === topic._id))])
      setHasMore(page.nextCursor !== null)
    } catch (caught) {
      void Taro.showToast({ title: asApiError(caught).message, icon: 'none' })
    } finally {
      setLoadingMore(false)
    }
  }, [orgId, loadingMore])

  useEffect(() => {
    void reload()
  }, [reload])
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => void loadMore())

  return { topics, status, error, hasMore, loadingMore, reload, loadMore }
}
