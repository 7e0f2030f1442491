// The org's change history (org.history), newest first, a page at a time: "更早的记录"
// asks for the entries before the last one shown; pulling down starts over.
import { useCallback, useEffect, useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import type { HistoryEntry } from '../../../../types/org'
import { type ApiError, asApiError, call } from '../../../api'

const PAGE_SIZE = 20

export interface HistoryState {
  entries: HistoryEntry[]
  nextBefore: string | null
  status: 'loading' | 'ready' | 'loadingMore' | 'error'
  error: ApiError | null
}

export function useHistory(orgId: string) {
  const [state, setState] = useState<HistoryState>({ entries: [], nextBefore: null, status: 'loading', error: null })

  const fetchPage = useCallback(
    async (before: string | null) => {
      try {
        const page = await call('org', 'history', { orgId, limit: PAGE_SIZE, ...(before ? { before } : {}) })
        setState((current) => ({
          entries: before ? [...current.entries, ...page.entries] : page.entries,
          nextBefore: page.nextBefore,
          status: 'ready',
          error: null,
        }))
      } catch (error) {
        setState((current) => ({ ...current, status: 'error', error: asApiError(error) }))
      }
    },
    [orgId],
  )

  useEffect(() => void fetchPage(null), [fetchPage])
  usePullDownRefresh(() => {
    void fetchPage(null).finally(() => Taro.stopPullDownRefresh())
  })

  const loadMore = () => {
    if (!state.nextBefore || state.status === 'loadingMore') return
    setState((current) => ({ ...current, status: 'loadingMore' }))
    void fetchPage(state.nextBefore)
  }
  const retry = () => {
    setState((current) => ({ ...current, status: current.entries.length ? 'loadingMore' : 'loading' }))
    void fetchPage(state.entries.length ? state.nextBefore : null)
  }
  return { state, loadMore, retry }
}
