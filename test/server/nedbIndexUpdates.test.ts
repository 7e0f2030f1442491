// An update that leaves a document's indexed fields as they were puts the new document in
// the old one's place in each index (server/nedb.ts, updateKeptKeysInPlace); one that changes
// them is nedb's own. Either way every query answers from the documents as they now are.
import { NedbStore } from '../../server/nedb'

const stats = (id: string, ancestorIds: string[], total: number) => ({ _id: id, orgId: id, year: 2026, ancestorIds, total })

test('an update that keeps the indexed fields: found by them as it now is, in its place among the others', async () => {
  const store = await NedbStore.open()
  for (const id of ['a', 'b', 'c']) await store.insert('org_stats', stats(id, ['county', `town-${id}`], 0))
  expect(await store.update('org_stats', { _id: 'a' }, { $set: { total: 5 } })).toBe(1)
  const found = await store.find<{ _id: string; total: number }>('org_stats', { ancestorIds: 'county' })
  // nedb's own update moved `a` to the end of its key's list: [b, c, a]
  expect(found.map((doc) => [doc._id, doc.total])).toEqual([
    ['a', 5],
    ['b', 0],
    ['c', 0],
  ])
  expect((await store.find<{ _id: string; total: number }>('org_stats', { ancestorIds: 'town-a' })).map((doc) => doc.total)).toEqual([5])
  expect((await store.getById<{ _id: string; total: number }>('org_stats', 'a'))?.total).toBe(5)
  expect(await store.count('org_stats', { ancestorIds: 'county' })).toBe(3)
})

test('an update that changes an indexed field leaves the old key and is found by the new one', async () => {
  const store = await NedbStore.open()
  for (const id of ['a', 'b']) await store.insert('org_stats', stats(id, ['county', `town-${id}`], 0))
  await store.update('org_stats', { _id: 'a' }, { $set: { ancestorIds: ['county', 'town-b'], total: 1 } })
  expect((await store.find<{ _id: string }>('org_stats', { ancestorIds: 'town-a' })).map((doc) => doc._id)).toEqual([])
  expect((await store.find<{ _id: string }>('org_stats', { ancestorIds: 'town-b' })).map((doc) => doc._id).sort()).toEqual(['a', 'b'])
  expect(await store.count('org_stats', { ancestorIds: 'county' })).toBe(2)
})

test('a unique key kept by an update stays unique, and one taken by another is still refused', async () => {
  const store = await NedbStore.open()
  await store.insert('requests', { _id: 'r1', code: 'QZ-1', orgId: 'o1', state: 'submitted' })
  await store.insert('requests', { _id: 'r2', code: 'QZ-2', orgId: 'o1', state: 'submitted' })
  await store.update('requests', { _id: 'r1' }, { $set: { state: 'accepted' } })
  expect((await store.find<{ _id: string; state: string }>('requests', { code: 'QZ-1' })).map((doc) => [doc._id, doc.state])).toEqual([['r1', 'accepted']])
  await expect(store.update('requests', { _id: 'r2' }, { $set: { code: 'QZ-1' } })).rejects.toThrow()
  // refused whole: r2 keeps its code in every index, r1 its own
  expect((await store.find<{ _id: string }>('requests', { code: 'QZ-2' })).map((doc) => doc._id)).toEqual(['r2'])
  expect((await store.find<{ _id: string }>('requests', { code: 'QZ-1' })).map((doc) => doc._id)).toEqual(['r1'])
  expect((await store.find<{ _id: string }>('requests', { orgId: 'o1', state: 'submitted' })).map((doc) => doc._id)).toEqual(['r2'])
})
