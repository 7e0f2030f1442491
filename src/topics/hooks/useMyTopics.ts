// 我提的议题 (topics.mine): her own topics in every state, read by her identity (so the
// same on any phone), one page at a time by the back end's stable cursor.
import { useCallback, useEffect } from 'react'
import { useReachBottom } from '@tarojs/taro'
import type { TopicView } from '../../../types/topics'
import { type ApiError, call } from '../../api'
import { type Cursor, useCursorList } from '../../hooks/useCursorList'

export type MyTopicsState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'ready'; topics: TopicView[]; hasMore: boolean }
  | { status: 'error'; error: ApiError }

const PAGE = 20

export function useMyTopics() {
  const fetchPage = useCallback(async (cursor: Cursor | null) => {
    const page = await call('topics', 'mine', { limit: PAGE, ...(cursor ? { cursor } : {}) })
    return { items: page.topics, nextCursor: page.nextCursor }
  }, [])
  const list = useCursorList(fetchPage)
  const { reload } = list
  useEffect(() => {
    void reload()
  }, [reload])
  useReachBottom(() => void list.loadMore())

  const state: MyTopicsState = list.error
    ? list.error.code === 'UNAUTHENTICATED'
      ? { status: 'signedOut' }
      : { status: 'error', error: list.error }
    : list.items
      ? { status: 'ready', topics: list.items, hasMore: list.hasMore }
      : { status: 'loading' }
  return { state, reload: list.reload, loadMore: list.loadMore }
}
