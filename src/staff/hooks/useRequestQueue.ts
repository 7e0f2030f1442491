// A help-request queue (requests.queue): the federation's own cases, the ones its
// children escalated, or the ones assigned to the caller; optionally of one state. The
// cases waiting on a deadline come apart, most pressing first; the rest are paged by
// the back end's cursor. With the overdue count for the flag at the top; read again
// when she comes back from a case she has worked on.
import { useState } from 'react'
import type { RequestState } from '../../../types/requestModel'
import type { QueueItem } from '../../../types/requests'
import { useCursorCall } from '../../hooks/useCursorList'
import type { QueueScope } from '../../lib/helpRoutes'

/** A case that moved up the queue between two pages shows once. */
const caseKey = (item: QueueItem) => item._id

export function useRequestQueue(orgId: string, scope: QueueScope, state: RequestState | undefined) {
  const [overdueCount, setOverdueCount] = useState(0)
  const [pressing, setPressing] = useState<QueueItem[]>([])
  const list = useCursorCall('requests', 'queue', { orgId, scope, pressingFirst: true, ...(state ? { state } : {}) }, 'items', {
    keyOf: caseKey,
    reloadOnShow: true,
    onPage: (page) => {
      setOverdueCount(page.overdueCount)
      setPressing(page.pressing)
    },
  })
  return { ...list, overdueCount, pressing }
}
