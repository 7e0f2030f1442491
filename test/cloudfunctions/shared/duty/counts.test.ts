// The 亮成效 figures beside the entries (002 第七条 "亮成效，工作活动开展后，及时公布成效及群众满意度"):
// an entry counts in its quarter and its year, for its federation and, as tree counts, each
// ancestor; a 建议 accepted as a topic (已立项) counts the same way.
import type { DutyCountsDoc } from '../../../../types'
import { bumpCounts, countAccepted, countsIds } from '../../../../cloudfunctions/shared/duty/counts'
import { NedbStore } from '../../../../server/nedb'

const village = { _id: 'village', ancestorIds: ['street'] }

test('an entry counts in its quarter and year, own for its federation and tree for the one above', async () => {
  const store = await NedbStore.open()
  await bumpCounts(store, village, { kind: 'contact', date: '2026-12-31', womenCount: 3 }, 1)
  await bumpCounts(store, village, { kind: 'talk', date: '2026-10-01', womenCount: 20 }, 1)
  expect(countsIds('village', '2026-12-31')).toEqual(['village_2026Q4', 'village_2026'])
  const own = await store.getById<DutyCountsDoc>('duty_counts', 'village_2026Q4')
  expect(own?.own).toMatchObject({ entries: 2, women: 23, accepted: 0, byKind: { contact: 1, talk: 1 } })
  const above = await store.getById<DutyCountsDoc>('duty_counts', 'street_2026')
  expect(above?.own).toMatchObject({ entries: 0, women: 0 })
  expect(above?.tree).toMatchObject({ entries: 2, women: 23 })
  await bumpCounts(store, village, { kind: 'contact', date: '2026-12-31', womenCount: 3 }, -1)
  expect((await store.getById<DutyCountsDoc>('duty_counts', 'street_2026Q4'))?.tree).toMatchObject({ entries: 1, women: 20, byKind: { contact: 0 } })
})

test('a 建议 accepted as a topic adds to 已立项 in its periods, made from nothing or added to', async () => {
  const store = await NedbStore.open()
  await countAccepted(store, village, '2027-01-05', 1)
  await bumpCounts(store, village, { kind: 'proposal', date: '2027-01-05', womenCount: 0 }, 1)
  await countAccepted(store, village, '2027-01-05', 1)
  const own = await store.getById<DutyCountsDoc>('duty_counts', 'village_2027Q1')
  expect(own?.own).toMatchObject({ entries: 1, accepted: 2, byKind: { proposal: 1 } })
  const above = await store.getById<DutyCountsDoc>('duty_counts', 'street_2027')
  expect(above?.own.accepted).toBe(0)
  expect(above?.tree.accepted).toBe(2)
  await countAccepted(store, village, '2027-01-05', -1)
  expect((await store.getById<DutyCountsDoc>('duty_counts', 'street_2027Q1'))?.tree.accepted).toBe(1)
})
