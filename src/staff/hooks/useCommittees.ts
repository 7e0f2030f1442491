// The federation's 执委会 and 增替补 nominations, newest first (org.listCommittees,
// org.listNominations), and one of each found in them: a federation holds a 执委会 every half
// year, so the one she opened is on the first page, and later pages are read only if it is not.
import { useEffect } from 'react'
import type { ApiError } from '../../api'
import { useCursorCall } from '../../hooks/useCursorList'

export function useCommittees(orgId: string) {
  return useCursorCall('org', 'listCommittees', { orgId }, 'items', { reloadOnShow: true, moreAtBottom: true })
}

export function useNominations(orgId: string) {
  return useCursorCall('org', 'listNominations', { orgId }, 'items', { reloadOnShow: true, moreAtBottom: true })
}

/** Reads the next page while the one asked for is not found yet; `missing` once every page is read. */
/** A next page that failed is not asked for again by itself: its reason shows, and 重新加载 starts over. */
function useFound<T extends { _id: string }>(
  list: { items: T[] | null; hasMore: boolean; loadingMore: boolean; moreError: ApiError | null; loadMore: () => Promise<void> },
  id: string,
) {
  const found = list.items?.find((item) => item._id === id) ?? null
  const { items, hasMore, loadingMore, moreError, loadMore } = list
  useEffect(() => {
    if (items && !found && hasMore && !loadingMore && !moreError) void loadMore()
  }, [items, found, hasMore, loadingMore, moreError, loadMore])
  return { found, missing: items !== null && !found && !hasMore, error: list.moreError }
}

export function useCommittee(orgId: string, meetingId: string) {
  const list = useCursorCall('org', 'listCommittees', { orgId }, 'items')
  return { list, ...useFound(list, meetingId) }
}

export function useNomination(orgId: string, nominationId: string) {
  const list = useCursorCall('org', 'listNominations', { orgId }, 'items')
  return { list, ...useFound(list, nominationId) }
}
