// One meeting and its agenda from the back end (topics.getMeeting) — its version
// included — so a meeting scheduled on one phone can be recorded on any other.
import { useCallback, useEffect, useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import type { ActionOutput } from '../../../../types/contracts'
import { type ApiError, asApiError, call } from '../../../api'

export type MeetingData = ActionOutput<'topics', 'getMeeting'>
export type MeetingState = { status: 'loading' } | { status: 'ready'; data: MeetingData } | { status: 'error'; error: ApiError }

export function useMeeting(meetingId: string) {
  const [state, setState] = useState<MeetingState>({ status: 'loading' })
  const load = useCallback(async () => {
    try {
      setState({ status: 'ready', data: await call('topics', 'getMeeting', { meetingId }) })
    } catch (caught) {
      setState({ status: 'error', error: asApiError(caught) })
    }
  }, [meetingId])
  useEffect(() => {
    void load()
  }, [load])
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })
  const reload = useCallback(async () => {
    setState({ status: 'loading' })
    await load()
  }, [load])
  return { state, reload }
}
