// A console page's data: the org's console view from the shared store, loaded when
// the page opens cold, refreshed by pulling down, and kept current after saves.
import { useCallback, useEffect, useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { ApiError, asApiError } from '../../api'
import type { CallState } from '../../hooks/useCall'
import { usePageParams } from '../../hooks/usePageParams'
import { readParam } from '../../lib/params'
import { cachedConsole, type ConsoleData, loadConsole, subscribeConsole } from '../lib/consoleStore'

export type ConsoleState = CallState<ConsoleData>

export interface UseConsole {
  orgId: string
  state: ConsoleState
  reload: () => Promise<void>
}

const missingOrg = (): ConsoleState => ({ status: 'error', error: new ApiError('NOT_FOUND', '链接里没有指明是哪个妇联') })

function initial(orgId: string): ConsoleState {
  if (!orgId) return missingOrg()
  const data = cachedConsole(orgId)
  return data ? { status: 'ready', data } : { status: 'loading' }
}

export function useConsole(): UseConsole {
  const orgId = readParam(usePageParams(), 'orgId')
  const [state, setState] = useState<ConsoleState>(() => initial(orgId))

  useEffect(
    () =>
      subscribeConsole(() => {
        const data = cachedConsole(orgId)
        if (data) setState({ status: 'ready', data })
      }),
    [orgId],
  )

  const load = useCallback(async () => {
    if (!orgId) return setState(missingOrg())
    try {
      await loadConsole(orgId)
    } catch (error) {
      if (cachedConsole(orgId)) void Taro.showToast({ title: '刷新失败，请稍后再试', icon: 'none' })
      else setState({ status: 'error', error: asApiError(error) })
    }
  }, [orgId])

  useEffect(() => {
    const next = initial(orgId)
    setState(next)
    if (next.status === 'loading') void load()
  }, [orgId, load])

  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })

  const reload = useCallback(async () => {
    if (!cachedConsole(orgId)) setState({ status: 'loading' })
    await load()
  }, [orgId, load])

  return { orgId, state, reload }
}
