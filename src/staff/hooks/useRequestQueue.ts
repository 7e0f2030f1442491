// A help-request queue (requests.queue): the federation's own cases, the ones its
// children escalated, or the ones assigned to the caller; optionally of one state,
// paged by the back end's cursor, with the overdue count for the flag at the top.
import { useCallback, useEffect, useState } from 'react'
import type { RequestState } from '../../../types/requestModel'
import type { QueueItem } from '../../../types/requests'
import { call } from '../../api'
import { type Cursor, useCursorList } from '../../hooks/useCursorList'
import type { QueueScope } from '../../lib/helpRoutes'

/** A case that moved up the queue between two pages shows once. */
const caseKey = (item: QueueItem) => item._id

export function useRequestQueue(orgId: string, scope: QueueScope, state: RequestState | undefined, enabled = true) {
  const [overdueCount, setOverdueCount] = useState(0)
  const fetchPage = useCallback(
    async (from: Cursor | null) => {
      const page = await call('requests', 'queue', { orgId, scope, ...(state ? { state } : {}), limit: 20, ...(from ? { cursor: from } : {}) })
      setOverdueCount(page.overdueCount)
      return { items: page.items, nextCursor: page.nextCursor }
    },
    [orgId, scope, state],
  )
  const { items, error, hasMore, reload, loadMore, clear } = useCursorList(fetchPage, { enabled, keyOf: caseKey })
  useEffect(() => {
    clear()
    void reload()
  }, [reload, clear])

  return { items, overdueCount, error, hasMore, reload, loadMore }
}
