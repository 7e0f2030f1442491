// Where the signed-in person works (org.mine), for 我的 and the 工作台. Signed out (H5
// without a dev login) is a state of its own, not an error.
import { useCallback, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import type { ActionOutput } from '../../types/contracts'
import { type ApiError, asApiError, call } from '../api'

export type Place = ActionOutput<'org', 'mine'>['places'][number]

export type MineState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'ready'; places: Place[] }
  | { status: 'error'; error: ApiError }

export function useMine() {
  const [state, setState] = useState<MineState>({ status: 'loading' })

  const load = useCallback(async () => {
    try {
      const { places } = await call('org', 'mine', {})
      setState({ status: 'ready', places })
    } catch (error) {
      const apiError = asApiError(error)
      setState(apiError.code === 'UNAUTHENTICATED' ? { status: 'signedOut' } : { status: 'error', error: apiError })
    }
  }, [])

  // on every show: back from redeeming an invitation, her new place is there at once
  useDidShow(() => void load())
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })

  const reload = useCallback(async () => {
    setState({ status: 'loading' })
    await load()
  }, [load])

  return { state, reload }
}
