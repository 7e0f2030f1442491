// 一本记录: every entry of her year, read to the end (a printed book has no 加载更多) and put in
// date order, the oldest first, as a 工作记录册 reads.
import { useCallback } from 'react'
import type { DutyEntryView } from '../../../types/duty'
import type { PageCursor } from '../../../types/common'
import { call } from '../../api'
import { useCursorList } from '../../hooks/useCursorList'

/** Pages of 50 read one after another; a year of weekly work is two or three. */
const YEAR_PAGE = 50
const MAX_PAGES = 20

export function useDutyYear(orgId: string) {
  const fetchAll = useCallback(async () => {
    const items: DutyEntryView[] = []
    let cursor: PageCursor | null = null
    for (let read = 0; read < MAX_PAGES; read += 1) {
      const page: { items: DutyEntryView[]; nextCursor: PageCursor | null } = await call('org', 'listDutyEntries', {
        orgId,
        period: 'year',
        limit: YEAR_PAGE,
        ...(cursor ? { cursor } : {}),
      })
      items.push(...page.items)
      cursor = page.nextCursor
      if (!cursor) break
    }
    items.sort((a, b) => a.date.localeCompare(b.date) || a.updatedAt.localeCompare(b.updatedAt))
    return { items, nextCursor: null }
  }, [orgId])
  return useCursorList<DutyEntryView, null>(fetchAll, { reloadOnShow: true })
}
