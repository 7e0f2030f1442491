// A help-request queue (requests.queue): the federation's own cases, the ones its
// children escalated, or the ones assigned to the caller; optionally of one state,
// paged by the back end's cursor, with the overdue count for the flag at the top.
import { useState } from 'react'
import type { RequestState } from '../../../types/requestModel'
import type { QueueItem } from '../../../types/requests'
import { useCursorCall } from '../../hooks/useCursorList'
import type { QueueScope } from '../../lib/helpRoutes'

/** A case that moved up the queue between two pages shows once. */
const caseKey = (item: QueueItem) => item._id

export function useRequestQueue(orgId: string, scope: QueueScope, state: RequestState | undefined) {
  const [overdueCount, setOverdueCount] = useState(0)
  const list = useCursorCall('requests', 'queue', { orgId, scope, ...(state ? { state } : {}) }, 'items', {
    keyOf: caseKey,
    onPage: (page) => setOverdueCount(page.overdueCount),
  })
  return { ...list, overdueCount }
}
