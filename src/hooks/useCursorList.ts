// One list read a page at a time by the back end's stable cursor: the first page on
// (re)load, the next on demand (never two at once), pull-down reloads. Each list hook
// says only what it calls, what a page holds, and when it loads.
import { useCallback, useRef, useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { type ApiError, asApiError } from '../api'

export type Cursor = { at: string; id: string }
export interface CursorPage<T> {
  items: T[]
  nextCursor: Cursor | null
}

export interface CursorListOptions<T> {
  /** false: reload does nothing (the caller may not read this list) */
  enabled?: boolean
  /** an item a later page repeats is kept once, by this key */
  keyOf?: (item: T) => string
}

export function useCursorList<T>(fetchPage: (cursor: Cursor | null) => Promise<CursorPage<T>>, options: CursorListOptions<T> = {}) {
  const { enabled = true, keyOf } = options
  const [items, setItems] = useState<T[] | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [hasMore, setHasMore] = useState(false)
  const cursor = useRef<Cursor | null>(null)
  const loadingMore = useRef(false)

  const reload = useCallback(async () => {
    if (!enabled) return
    try {
      setError(null)
      const page = await fetchPage(null)
      cursor.current = page.nextCursor
      setHasMore(page.nextCursor !== null)
      setItems(page.items)
    } catch (caught) {
      setError(asApiError(caught))
    }
  }, [fetchPage, enabled])

  const loadMore = useCallback(async () => {
    if (!cursor.current || loadingMore.current) return
    loadingMore.current = true
    try {
      const page = await fetchPage(cursor.current)
      cursor.current = page.nextCursor
      setHasMore(page.nextCursor !== null)
      setItems((current) => {
        const known = new Set(keyOf ? (current ?? []).map(keyOf) : [])
        return [...(current ?? []), ...(keyOf ? page.items.filter((item) => !known.has(keyOf(item))) : page.items)]
      })
    } catch (caught) {
      void Taro.showToast({ title: asApiError(caught).message, icon: 'none' })
    } finally {
      loadingMore.current = false
    }
  }, [fetchPage, keyOf])

  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })

  /** back to loading, as when the list's filter changes */
  const clear = useCallback(() => setItems(null), [])
  return { items, error, hasMore, reload, loadMore, clear }
}
