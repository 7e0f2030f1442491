// Reading one action's answer for a page, named by its action (components never call
// the transport): loading, then the data or the refusal (an ApiError carrying the
// server's Chinese reason). It loads when the page opens and whenever the payload
// changes — or on every show — and pull-down refreshes it. `reload` shows the spinner
// again; `refresh` keeps what is shown until the answer comes.
import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import type { ActionInput, ActionName, ActionOutput, FunctionName } from '../../types/contracts'
import { type ApiError, asApiError, call } from '../api'

export type CallState<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: ApiError }
/** A read only a signed-in person may make: signed out (H5 without a dev login) is a state of its own. */
export type SignedInState<T> = CallState<T> | { status: 'signedOut' }

export const LOADING = { status: 'loading' } as const

export function asSignedIn<T>(state: CallState<T>): SignedInState<T> {
  return state.status === 'error' && state.error.code === 'UNAUTHENTICATED' ? { status: 'signedOut' } : state
}

export interface CallOptions {
  /** load on every show (back from a page that changed it) instead of once when the page opens */
  onShow?: boolean
  /** pull-down refreshes it (default true; it only fires on pages that enable pull-down) */
  pullDown?: boolean
}

/** `payload` null: nothing to ask yet (the state stays loading). */
export function useCall<F extends FunctionName, A extends ActionName<F>>(fn: F, action: A, payload: ActionInput<F, A> | null, options: CallOptions = {}) {
  const { onShow = false, pullDown = true } = options
  const [state, setState] = useState<CallState<ActionOutput<F, A>>>(LOADING)
  /** the payload by content (it is plain values): a new object with the same values asks nothing new */
  const key = payload === null ? null : JSON.stringify(payload)
  /** the payload the page asks for now: an answer to an earlier one is dropped */
  const askedKey = useRef(key)
  const alive = useRef(true)
  useEffect(() => {
    alive.current = true
    return () => void (alive.current = false)
  }, [])

  const refresh = useCallback(async () => {
    if (key === null) return
    try {
      const data = await call(fn, action, JSON.parse(key) as ActionInput<F, A>)
      if (alive.current && askedKey.current === key) setState({ status: 'ready', data })
    } catch (caught) {
      if (alive.current && askedKey.current === key) setState({ status: 'error', error: asApiError(caught) })
    }
  }, [fn, action, key])

  useEffect(() => {
    askedKey.current = key
    setState(LOADING)
    if (!onShow) void refresh()
  }, [key, onShow, refresh])

  useDidShow(() => {
    if (onShow) void refresh()
  })
  usePullDownRefresh(() => {
    if (pullDown) void refresh().finally(() => Taro.stopPullDownRefresh())
  })

  const reload = useCallback(async () => {
    setState(LOADING)
    await refresh()
  }, [refresh])
  const setData = useCallback((data: ActionOutput<F, A>) => setState({ status: 'ready', data }), [])
  const clear = useCallback(() => setState(LOADING), [])

  return { state, reload, refresh, setData, clear }
}
