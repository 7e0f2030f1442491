// An org's meetings for its chair (topics.listMeetings): those still to be recorded or
// the recorded ones, one page at a time by the back end's stable cursor.
import { useCallback, useEffect, useRef } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { MeetingStatus } from '../../../../types/topicModel'
import { call } from '../../../api'
import { type Cursor, useCursorList } from '../../../hooks/useCursorList'

export function useMeetings(orgId: string, status: MeetingStatus) {
  const fetchPage = useCallback(
    async (from: Cursor | null) => {
      const page = await call('topics', 'listMeetings', { orgId, status, limit: 20, ...(from ? { cursor: from } : {}) })
      return { items: page.meetings, nextCursor: page.nextCursor }
    },
    [orgId, status],
  )
  const { items, error, hasMore, reload, loadMore, clear } = useCursorList(fetchPage)
  useEffect(() => {
    clear()
    void reload()
  }, [reload, clear])
  // back from recording one: the lists have changed
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void reload()
    shown.current = true
  })

  return { meetings: items, error, hasMore, reload, loadMore }
}
