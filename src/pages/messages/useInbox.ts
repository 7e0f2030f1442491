// The signed-in person's notifications (org.inbox), one page at a time by the back end's
// stable cursor: the first page whenever the page shows and on pull-down, the next on
// reaching the bottom. Signed out (H5 without a dev login) is a state of its own.
import { useCallback, useRef, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import type { InboxMessage } from '../../../types/org'
import { type ApiError, asApiError, call } from '../../api'

type Cursor = { at: string; id: string }

export type InboxState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'ready'; messages: InboxMessage[]; hasMore: boolean }
  | { status: 'error'; error: ApiError }

const PAGE = 20

export function useInbox() {
  const [state, setState] = useState<InboxState>({ status: 'loading' })
  const cursor = useRef<Cursor | null>(null)
  const loadingMore = useRef(false)

  const load = useCallback(async () => {
    try {
      const page = await call('org', 'inbox', { limit: PAGE })
      cursor.current = page.nextCursor
      setState({ status: 'ready', messages: page.messages, hasMore: page.nextCursor !== null })
    } catch (caught) {
      const error = asApiError(caught)
      setState(error.code === 'UNAUTHENTICATED' ? { status: 'signedOut' } : { status: 'error', error })
    }
  }, [])

  const loadMore = useCallback(async () => {
    if (!cursor.current || loadingMore.current) return
    loadingMore.current = true
    try {
      const page = await call('org', 'inbox', { limit: PAGE, cursor: cursor.current })
      cursor.current = page.nextCursor
      setState((current) => (current.status === 'ready' ? { status: 'ready', messages: [...current.messages, ...page.messages], hasMore: page.nextCursor !== null } : current))
    } catch (caught) {
      void Taro.showToast({ title: asApiError(caught).message, icon: 'none' })
    } finally {
      loadingMore.current = false
    }
  }, [])

  useDidShow(() => void load())
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => void loadMore())

  return { state, reload: load, loadMore }
}
