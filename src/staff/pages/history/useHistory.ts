// The org's change history (org.history), newest first, a page at a time: "更早的记录"
// asks for the entries before the last one shown; pulling down starts over, and so does
// showing or hiding refused attempts. A page that failed to come is said on the button,
// not in a toast.
import { useCallback } from 'react'
import { call } from '../../../api'
import { PAGE_SIZE, useCursorList } from '../../../hooks/useCursorList'

export function useHistory(orgId: string, includeRefusals: boolean) {
  const fetchPage = useCallback(
    async (before: string | null) => {
      const page = await call('org', 'history', { orgId, limit: PAGE_SIZE, ...(includeRefusals ? { includeRefusals } : {}), ...(before ? { before } : {}) })
      return { items: page.entries, nextCursor: page.nextBefore }
    },
    [orgId, includeRefusals],
  )
  return useCursorList(fetchPage, { moreErrorToast: false })
}
