// One topic by its id (topics.get), reloaded on pull-down and after 附议.
import { useCallback, useEffect, useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import type { TopicView } from '../../../types/topics'
import { type ApiError, asApiError, call } from '../../api'

export type TopicState = { status: 'loading' } | { status: 'ready'; topic: TopicView } | { status: 'error'; error: ApiError }

export function useTopic(topicId: string) {
  const [state, setState] = useState<TopicState>({ status: 'loading' })
  const reload = useCallback(async () => {
    try {
      const { topic } = await call('topics', 'get', { topicId })
      setState({ status: 'ready', topic })
    } catch (caught) {
      setState({ status: 'error', error: asApiError(caught) })
    }
  }, [topicId])
  useEffect(() => {
    void reload()
  }, [reload])
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })
  return { state, reload, setState }
}
