// 我提的议题 (topics.mine): her own topics in every state, read by her identity (so the
// same on any phone), one page at a time by the back end's stable cursor.
import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import type { TopicView } from '../../../types/topics'
import { type ApiError, asApiError, call } from '../../api'

type Cursor = { at: string; id: string }

export type MyTopicsState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'ready'; topics: TopicView[]; hasMore: boolean }
  | { status: 'error'; error: ApiError }

const PAGE = 20

export function useMyTopics() {
  const [state, setState] = useState<MyTopicsState>({ status: 'loading' })
  const cursor = useRef<Cursor | null>(null)
  const loadingMore = useRef(false)

  const load = useCallback(async () => {
    try {
      const page = await call('topics', 'mine', { limit: PAGE })
      cursor.current = page.nextCursor
      setState({ status: 'ready', topics: page.topics, hasMore: page.nextCursor !== null })
    } catch (caught) {
      const error = asApiError(caught)
      setState(error.code === 'UNAUTHENTICATED' ? { status: 'signedOut' } : { status: 'error', error })
    }
  }, [])

  const loadMore = useCallback(async () => {
    if (!cursor.current || loadingMore.current) return
    loadingMore.current = true
    try {
      const page = await call('topics', 'mine', { limit: PAGE, cursor: cursor.current })
      cursor.current = page.nextCursor
      setState((current) => (current.status === 'ready' ? { status: 'ready', topics: [...current.topics, ...page.topics], hasMore: page.nextCursor !== null } : current))
    } catch (caught) {
      void Taro.showToast({ title: asApiError(caught).message, icon: 'none' })
    } finally {
      loadingMore.current = false
    }
  }, [])

  useEffect(() => {
    void load()
  }, [load])
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => void loadMore())

  return { state, reload: load, loadMore }
}
