// Reads that must see every matching document yet stay bounded: pages of the store's
// largest read (1000, the cloud database's ceiling), up to a fixed number of pages.
import type { Ctx } from './context'
import { MAX_LIMIT, type CollectionName, type Filter, type SortSpec, type StoredDoc } from './store/port'

/** 20 000 documents: a 街道 of 200 bodies with 100 members each. */
const MAX_PAGES = 20

/**
 * For a read whose order does not matter (a count): the first page is read unsorted, and
 * when it is not full it holds every match, so nothing needs sorting. Only a fuller read
 * pages, sorted by `_id` so no page repeats or skips a document. Sorting the documents of a
 * federation's year was most of what recounting its figures cost on every submit.
 */
export const ANY_ORDER = 'anyOrder'

/** Every document matching `filter` (up to the cap), or only `fields` of each (and its `_id`), in `sort` order or ANY_ORDER. */
export async function readAll<T extends StoredDoc>(
  ctx: Pick<Ctx, 'store'>,
  collection: CollectionName,
  filter: Filter,
  sort: SortSpec | typeof ANY_ORDER,
  fields?: readonly string[],
): Promise<T[]> {
  const only = fields ? { fields } : {}
  if (sort === ANY_ORDER) {
    const first = await ctx.store.find<T>(collection, filter, { limit: MAX_LIMIT, ...only })
    if (first.length < MAX_LIMIT) return first
    return readAll<T>(ctx, collection, filter, { _id: 1 }, fields)
  }
  const all: T[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const rows = await ctx.store.find<T>(collection, filter, { sort, skip: page * MAX_LIMIT, limit: MAX_LIMIT, ...only })
    all.push(...rows)
    if (rows.length < MAX_LIMIT) break
  }
  return all
}
