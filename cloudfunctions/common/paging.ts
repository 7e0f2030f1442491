// Index-backed pages with a stable cursor: sorted by one instant field and `_id` (newest
// first unless asked otherwise); the cursor is the last item's pair, so inserts never
// shift a page. A list whose scope is several filters that never overlap (a case's own
// org, or the org it was escalated to) reads each by its own index and merges them.
import type { PageCursor } from '../../types'
import type { Ctx } from './context'
import type { CollectionName, Filter } from './store/port'

const DEFAULT_PAGE = 20

export interface PageQuery<T> {
  collection: CollectionName
  /** one filter, or several that never overlap: one indexed read each, merged */
  filter: Filter | Filter[]
  field: keyof T & string
  cursor?: PageCursor
  limit?: number
  /** -1: latest first (the default); 1: earliest first */
  direction?: 1 | -1
}

export interface Page<T> {
  items: T[]
  nextCursor: PageCursor | null
}

function after(field: string, cursor: PageCursor | undefined, direction: 1 | -1): Filter {
  if (!cursor) return {}
  const beyond = direction === -1 ? '$lt' : '$gt'
  return { $or: [{ [field]: { [beyond]: cursor.at } }, { [field]: cursor.at, _id: { [beyond]: cursor.id } }] }
}

/** Compares two items in page order: by `field`, then `_id`, in `direction`. */
function inPageOrder<T extends { _id: string }>(field: keyof T & string, direction: 1 | -1): (a: T, b: T) => number {
  const compare = (x: unknown, y: unknown) => (x === y ? 0 : String(x) < String(y) ? -direction : direction)
  return (a, b) => compare(a[field], b[field]) || compare(a._id, b._id)
}

export async function page<T extends { _id: string }>(ctx: Ctx, query: PageQuery<T>): Promise<Page<T>> {
  const { collection, filter, field, cursor, limit = DEFAULT_PAGE, direction = -1 } = query
  const filters = Array.isArray(filter) ? filter : [filter]
  type Row = T & Record<string, unknown>
  const sort = { [field]: direction, _id: direction }
  const reads = await Promise.all(filters.map((one) => ctx.store.find<Row>(collection, { ...one, ...after(field, cursor, direction) }, { sort, limit: limit + 1 })))
  const merged = reads.flat().sort(inPageOrder<Row>(field, direction))
  const found = merged.slice(0, limit + 1)
  const items = found.slice(0, limit)
  const last = items[items.length - 1]
  return { items, nextCursor: found.length > limit && last ? { at: String(last[field]), id: last._id } : null }
}
