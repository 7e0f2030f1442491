// 我的求助: her own cases (requests.listMine), on open, on every show (back from a
// case she withdrew or deleted) and on pull-down. Signed out is a state of its own.
import { useCallback, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import type { ActionOutput } from '../../../types/contracts'
import { type ApiError, asApiError, call } from '../../api'

export type MineItem = ActionOutput<'requests', 'listMine'>['requests'][number]
export type MyRequestsState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'ready'; requests: MineItem[] }
  | { status: 'error'; error: ApiError }

export function useMyRequests() {
  const [state, setState] = useState<MyRequestsState>({ status: 'loading' })
  const load = useCallback(async () => {
    try {
      const { requests } = await call('requests', 'listMine', {})
      setState({ status: 'ready', requests })
    } catch (caught) {
      const error = asApiError(caught)
      setState(error.code === 'UNAUTHENTICATED' ? { status: 'signedOut' } : { status: 'error', error })
    }
  }, [])
  useDidShow(() => void load())
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })
  const reload = useCallback(async () => {
    setState({ status: 'loading' })
    await load()
  }, [load])
  const clear = useCallback(() => setState({ status: 'loading' }), [])
  return { state, reload, clear }
}
