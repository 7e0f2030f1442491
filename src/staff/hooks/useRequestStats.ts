// De-identified help-request statistics (requests.stats) for one federation, or rolled
// up over the federations under it.
import { useCallback, useEffect, useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import type { RequestStats } from '../../../types/requests'
import { type ApiError, asApiError, call } from '../../api'
import type { StatsScope } from '../../lib/helpRoutes'

export type StatsState = { status: 'loading' } | { status: 'ready'; stats: RequestStats } | { status: 'error'; error: ApiError }

export function useRequestStats(orgId: string, scope: StatsScope) {
  const [state, setState] = useState<StatsState>({ status: 'loading' })
  const load = useCallback(async () => {
    try {
      setState({ status: 'ready', stats: await call('requests', 'stats', { orgId, scope }) })
    } catch (caught) {
      setState({ status: 'error', error: asApiError(caught) })
    }
  }, [orgId, scope])
  useEffect(() => {
    setState({ status: 'loading' })
    void load()
  }, [load])
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })
  return { state, reload: load }
}
