// readAll: every matching document, in the asked order or (ANY_ORDER) in whatever order
// the store answers, each exactly once, beyond one page of the store's largest read.
import type { StoredDoc } from '../../../cloudfunctions/common/store/port'
import { MAX_LIMIT } from '../../../cloudfunctions/common/store/port'
import { ANY_ORDER, readAll } from '../../../cloudfunctions/common/readAll'
import { NedbStore } from '../../../server/nedb'

interface Row extends StoredDoc {
  orgId: string
  n: number
  note: string
}

async function storeWith(counts: Record<string, number>): Promise<NedbStore> {
  const store = await NedbStore.open()
  for (const [orgId, count] of Object.entries(counts)) {
    // inserted in descending n, so the store's own order is not the sorted one
    for (let n = count - 1; n >= 0; n--) await store.insert<Row>('audit', { _id: `${orgId}-${String(n).padStart(5, '0')}`, orgId, n, note: 'x' } as never)
  }
  return store
}

const ids = (rows: StoredDoc[]) => rows.map((row) => row._id)

test('ANY_ORDER under one page: every match once, only the asked fields', async () => {
  const store = await storeWith({ a: 40, b: 5 })
  const rows = await readAll<Row>({ store }, 'audit', { orgId: 'a' }, ANY_ORDER, ['n'])
  expect(rows).toHaveLength(40)
  expect(new Set(ids(rows)).size).toBe(40)
  expect(rows.every((row) => row._id.startsWith('a-') && row.note === undefined && typeof row.n === 'number')).toBe(true)
})

test('ANY_ORDER beyond one page reads every match exactly once', async () => {
  const total = MAX_LIMIT * 2 + 17
  const store = await storeWith({ a: total, b: 3 })
  const rows = await readAll<Row>({ store }, 'audit', { orgId: 'a' }, ANY_ORDER)
  expect(rows).toHaveLength(total)
  expect(new Set(ids(rows)).size).toBe(total)
  expect(rows.map((row) => row.n).sort((x, y) => x - y)).toEqual(Array.from({ length: total }, (_, i) => i))
})

test('a sort is kept across pages', async () => {
  const total = MAX_LIMIT + 3
  const store = await storeWith({ a: total })
  const rows = await readAll<Row>({ store }, 'audit', { orgId: 'a' }, { n: -1 })
  expect(rows.map((row) => row.n)).toEqual(Array.from({ length: total }, (_, i) => total - 1 - i))
})
