// Index-backed pages with a stable cursor: sorted by one instant field and `_id`, both
// descending; the cursor is the last item's pair, so inserts never shift a page.
import type { Ctx } from '../../common/context'
import type { Filter } from '../../common/store/port'

export const DEFAULT_PAGE = 20

export interface Cursor {
  at: string
  id: string
}

export async function page<T extends { _id: string }>(
  ctx: Ctx,
  filter: Filter,
  field: keyof T & string,
  cursor: Cursor | undefined,
  limit = DEFAULT_PAGE,
): Promise<{ items: T[]; nextCursor: Cursor | null }> {
  const after: Filter = cursor ? { $or: [{ [field]: { $lt: cursor.at } }, { [field]: cursor.at, _id: { $lt: cursor.id } }] } : {}
  const found = await ctx.store.find<T & Record<string, unknown>>('topics', { ...filter, ...after }, { sort: { [field]: -1, _id: -1 }, limit: limit + 1 })
  const items = found.slice(0, limit)
  const last = items[items.length - 1]
  return { items, nextCursor: found.length > limit && last ? { at: String(last[field]), id: last._id } : null }
}
