// An org's meetings for its chair (topics.listMeetings): those still to be recorded or
// the recorded ones, one page at a time by the back end's stable cursor.
import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import type { MeetingStatus } from '../../../../types/topicModel'
import type { MeetingListItem } from '../../../../types/topics'
import { type ApiError, asApiError, call } from '../../../api'

type Cursor = { at: string; id: string }

export function useMeetings(orgId: string, status: MeetingStatus) {
  const [meetings, setMeetings] = useState<MeetingListItem[] | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [hasMore, setHasMore] = useState(false)
  const cursor = useRef<Cursor | null>(null)

  const fetchPage = useCallback(
    async (from: Cursor | null) => {
      const page = await call('topics', 'listMeetings', { orgId, status, limit: 20, ...(from ? { cursor: from } : {}) })
      cursor.current = page.nextCursor
      setHasMore(page.nextCursor !== null)
      return page.meetings
    },
    [orgId, status],
  )

  const reload = useCallback(async () => {
    try {
      setError(null)
      setMeetings(await fetchPage(null))
    } catch (caught) {
      setError(asApiError(caught))
    }
  }, [fetchPage])

  const loadMore = useCallback(async () => {
    if (!cursor.current) return
    try {
      const more = await fetchPage(cursor.current)
      setMeetings((current) => [...(current ?? []), ...more])
    } catch (caught) {
      void Taro.showToast({ title: asApiError(caught).message, icon: 'none' })
    }
  }, [fetchPage])

  useEffect(() => {
    setMeetings(null)
    void reload()
  }, [reload])
  // back from recording one: the lists have changed
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void reload()
    shown.current = true
  })
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })

  return { meetings, error, hasMore, reload, loadMore }
}
