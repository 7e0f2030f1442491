// A help-request queue (requests.queue): the federation's own cases, the ones its
// children escalated, or the ones assigned to the caller; optionally of one state,
// paged by the back end's cursor, with the overdue count for the flag at the top.
import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import type { RequestState } from '../../../types/requestModel'
import type { QueueItem } from '../../../types/requests'
import { type ApiError, asApiError, call } from '../../api'
import type { QueueScope } from '../../lib/helpRoutes'

type Cursor = { at: string; id: string }

export function useRequestQueue(orgId: string, scope: QueueScope, state: RequestState | undefined, enabled = true) {
  const [items, setItems] = useState<QueueItem[] | null>(null)
  const [overdueCount, setOverdueCount] = useState(0)
  const [error, setError] = useState<ApiError | null>(null)
  const [hasMore, setHasMore] = useState(false)
  const cursor = useRef<Cursor | null>(null)

  const fetchPage = useCallback(
    async (from: Cursor | null) => {
      const page = await call('requests', 'queue', { orgId, scope, ...(state ? { state } : {}), limit: 20, ...(from ? { cursor: from } : {}) })
      cursor.current = page.nextCursor
      setHasMore(page.nextCursor !== null)
      setOverdueCount(page.overdueCount)
      return page.items
    },
    [orgId, scope, state],
  )

  const reload = useCallback(async () => {
    if (!enabled) return
    try {
      setError(null)
      setItems(await fetchPage(null))
    } catch (caught) {
      setError(asApiError(caught))
    }
  }, [fetchPage, enabled])

  const loadMore = useCallback(async () => {
    if (!cursor.current) return
    try {
      const more = await fetchPage(cursor.current)
      setItems((current) => [...(current ?? []), ...more.filter((item) => !current?.some((old) => old._id === item._id))])
    } catch (caught) {
      void Taro.showToast({ title: asApiError(caught).message, icon: 'none' })
    }
  }, [fetchPage])

  useEffect(() => {
    setItems(null)
    void reload()
  }, [reload])
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })

  return { items, overdueCount, error, hasMore, reload, loadMore }
}
