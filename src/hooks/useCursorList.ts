// One list read a page at a time by the back end's stable cursor: the first page when
// the page opens (and again, from empty, whenever what it asks for changes), the next
// on demand — never two at once — and pull-down reloads. `useCursorCall` names a paged
// action of the contract; `useCursorList` takes any page reader.
import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import type { PageCursor } from '../../types/common'
import type { ActionInput, ActionName, ActionOutput, FunctionName } from '../../types/contracts'
import { type ApiError, asApiError, call } from '../api'
import { type CallState, LOADING } from './useCall'

/** How many items a page asks for. */
export const PAGE_SIZE = 20

export interface CursorPage<T, C> {
  items: T[]
  nextCursor: C | null
}

export interface CursorListOptions<T> {
  /** an item a later page repeats is kept once, by this key */
  keyOf?: (item: T) => string
  /** also reload when the page shows again (back from a page that changed the list) */
  reloadOnShow?: boolean
  /** read the next page when she scrolls to the bottom */
  moreAtBottom?: boolean
  /** a next page that failed: a toast with the reason (default), or only `moreError` for the page to show */
  moreErrorToast?: boolean
}

export function useCursorList<T, C = PageCursor>(fetchPage: (cursor: C | null) => Promise<CursorPage<T, C>>, options: CursorListOptions<T> = {}) {
  const { keyOf, reloadOnShow = false, moreAtBottom = false, moreErrorToast = true } = options
  const [items, setItems] = useState<T[] | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [moreError, setMoreError] = useState<ApiError | null>(null)
  const [hasMore, setHasMore] = useState(false)
  const [loadingMore, setLoadingMore] = useState(false)
  const cursor = useRef<C | null>(null)
  const readingMore = useRef(false)

  const reload = useCallback(async () => {
    try {
      setError(null)
      const page = await fetchPage(null)
      cursor.current = page.nextCursor
      setHasMore(page.nextCursor !== null)
      setItems(page.items)
    } catch (caught) {
      setError(asApiError(caught))
    }
  }, [fetchPage])

  const loadMore = useCallback(async () => {
    if (!cursor.current || readingMore.current) return
    readingMore.current = true
    setLoadingMore(true)
    setMoreError(null)
    try {
      const page = await fetchPage(cursor.current)
      cursor.current = page.nextCursor
      setHasMore(page.nextCursor !== null)
      setItems((current) => {
        const known = new Set(keyOf ? (current ?? []).map(keyOf) : [])
        return [...(current ?? []), ...(keyOf ? page.items.filter((item) => !known.has(keyOf(item))) : page.items)]
      })
    } catch (caught) {
      const failure = asApiError(caught)
      setMoreError(failure)
      if (moreErrorToast) void Taro.showToast({ title: failure.message, icon: 'none' })
    } finally {
      readingMore.current = false
      setLoadingMore(false)
    }
  }, [fetchPage, keyOf, moreErrorToast])

  useEffect(() => {
    setItems(null)
    void reload()
  }, [reload])
  const shown = useRef(false)
  useDidShow(() => {
    if (reloadOnShow && shown.current) void reload()
    shown.current = true
  })
  useReachBottom(() => {
    if (moreAtBottom) void loadMore()
  })
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })

  const state: CallState<T[]> = error ? { status: 'error', error } : items ? { status: 'ready', data: items } : LOADING
  return { items, state, error, moreError, hasMore, loadingMore, reload, loadMore }
}

export type CursorList<T> = ReturnType<typeof useCursorList<T>>

type ListField<F extends FunctionName, A extends ActionName<F>> = {
  [K in keyof ActionOutput<F, A>]: ActionOutput<F, A>[K] extends readonly unknown[] ? K : never
}[keyof ActionOutput<F, A>]
type ItemOf<F extends FunctionName, A extends ActionName<F>, K extends keyof ActionOutput<F, A>> = ActionOutput<F, A>[K] extends readonly (infer T)[] ? T : never
type Paged = { nextCursor: PageCursor | null }

export interface CursorCallOptions<T, P> extends CursorListOptions<T> {
  /** sees each page as the back end sent it (e.g. a count that comes with it) */
  onPage?: (page: P) => void
}

/**
 * A paged action of the contract: `filters` is its input without cursor and limit (plain
 * values, compared by content); `field` names the list in its answer.
 */
export function useCursorCall<F extends FunctionName, A extends ActionName<F>, K extends ListField<F, A>>(
  fn: F,
  action: A,
  filters: Omit<ActionInput<F, A>, 'cursor' | 'limit'>,
  field: ActionOutput<F, A> extends Paged ? K : never,
  options: CursorCallOptions<ItemOf<F, A, K>, ActionOutput<F, A>> = {},
) {
  const key = JSON.stringify(filters)
  const onPage = useRef(options.onPage)
  onPage.current = options.onPage
  const fetchPage = useCallback(
    async (cursor: PageCursor | null): Promise<CursorPage<ItemOf<F, A, K>, PageCursor>> => {
      const input = { ...(JSON.parse(key) as object), limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } as ActionInput<F, A>
      const page = await call(fn, action, input)
      onPage.current?.(page)
      return { items: page[field] as ItemOf<F, A, K>[], nextCursor: (page as Paged).nextCursor }
    },
    [fn, action, field, key],
  )
  return useCursorList(fetchPage, options)
}
