// Reads that must see every matching document yet stay bounded: pages of the store's
// largest read (1000, the cloud database's ceiling), up to a fixed number of pages.
import type { Ctx } from './context'
import { MAX_LIMIT, type CollectionName, type Filter, type SortSpec, type StoredDoc } from './store/port'

/** 20 000 documents: a 街道 of 200 bodies with 100 members each. */
const MAX_PAGES = 20

/** Every document matching `filter` (up to the cap), or only `fields` of each (and its `_id`). */
export async function readAll<T extends StoredDoc>(ctx: Pick<Ctx, 'store'>, collection: CollectionName, filter: Filter, sort: SortSpec, fields?: readonly string[]): Promise<T[]> {
  const all: T[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const rows = await ctx.store.find<T>(collection, filter, { sort, skip: page * MAX_LIMIT, limit: MAX_LIMIT, ...(fields ? { fields } : {}) })
    all.push(...rows)
    if (rows.length < MAX_LIMIT) break
  }
  return all
}
