// Index-backed pages with a stable cursor: sorted by one instant field and `_id` (newest
// first unless asked otherwise); the cursor is the last item's pair, so inserts never
// shift a page.
import type { Ctx } from '../../common/context'
import type { CollectionName, Filter } from '../../common/store/port'

export const DEFAULT_PAGE = 20

export interface Cursor {
  at: string
  id: string
}

export interface PageQuery<T> {
  collection: CollectionName
  filter: Filter
  field: keyof T & string
  cursor?: Cursor
  limit?: number
  /** -1: latest first (the default); 1: earliest first */
  direction?: 1 | -1
}

function after(field: string, cursor: Cursor | undefined, direction: 1 | -1): Filter {
  if (!cursor) return {}
  const beyond = direction === -1 ? '$lt' : '$gt'
  return { $or: [{ [field]: { [beyond]: cursor.at } }, { [field]: cursor.at, _id: { [beyond]: cursor.id } }] }
}

export async function page<T extends { _id: string }>(ctx: Ctx, query: PageQuery<T>): Promise<{ items: T[]; nextCursor: Cursor | null }> {
  const { collection, filter, field, cursor, limit = DEFAULT_PAGE, direction = -1 } = query
  const found = await ctx.store.find<T & Record<string, unknown>>(collection, { ...filter, ...after(field, cursor, direction) }, {
    sort: { [field]: direction, _id: direction },
    limit: limit + 1,
  })
  const items = found.slice(0, limit)
  const last = items[items.length - 1]
  return { items, nextCursor: found.length > limit && last ? { at: String(last[field]), id: last._id } : null }
}
