// How many help requests are past their deadline in one queue, for the 工作台's entry
// (the first page of requests.queue carries the count); null until known or when
// the queue cannot be read.
import { useEffect, useState } from 'react'
import { call } from '../../api'
import type { QueueScope } from '../../lib/helpRoutes'

export function useRequestOverdue(orgId: string, scope: QueueScope, enabled = true): number | null {
  const [count, setCount] = useState<number | null>(null)
  useEffect(() => {
    if (!enabled) return
    let alive = true
    call('requests', 'queue', { orgId, scope, limit: 1 })
      .then((page) => alive && setCount(page.overdueCount))
      .catch(() => alive && setCount(null))
    return () => void (alive = false)
  }, [orgId, scope, enabled])
  return count
}
