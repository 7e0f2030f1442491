// The signed-in person's notifications (org.inbox), one page at a time by the back end's
// stable cursor: the first page whenever the page shows and on pull-down, the next on
// reaching the bottom. Signed out (H5 without a dev login) is a state of its own.
import { useCallback } from 'react'
import { useDidShow, useReachBottom } from '@tarojs/taro'
import type { InboxMessage } from '../../../types/org'
import { type ApiError, call } from '../../api'
import { type Cursor, useCursorList } from '../../hooks/useCursorList'

export type InboxState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'ready'; messages: InboxMessage[]; hasMore: boolean }
  | { status: 'error'; error: ApiError }

const PAGE = 20

export function useInbox() {
  const fetchPage = useCallback(async (cursor: Cursor | null) => {
    const page = await call('org', 'inbox', { limit: PAGE, ...(cursor ? { cursor } : {}) })
    return { items: page.messages, nextCursor: page.nextCursor }
  }, [])
  const list = useCursorList(fetchPage)
  useDidShow(() => void list.reload())
  useReachBottom(() => void list.loadMore())

  const state: InboxState = list.error
    ? list.error.code === 'UNAUTHENTICATED'
      ? { status: 'signedOut' }
      : { status: 'error', error: list.error }
    : list.items
      ? { status: 'ready', messages: list.items, hasMore: list.hasMore }
      : { status: 'loading' }
  return { state, reload: list.reload, loadMore: list.loadMore }
}
