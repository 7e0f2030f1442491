// How many help requests are past their deadline in one queue, for the 工作台's entry
// (the first page of requests.queue carries the count); null until known or when
// the queue cannot be read.
import { useCall } from '../../hooks/useCall'
import type { QueueScope } from '../../lib/helpRoutes'

export function useRequestOverdue(orgId: string, scope: QueueScope, enabled = true): number | null {
  const { state } = useCall('requests', 'queue', enabled ? { orgId, scope, limit: 1 } : null, { pullDown: false })
  return state.status === 'ready' ? state.data.overdueCount : null
}
