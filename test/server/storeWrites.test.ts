// What a write costs on the embedded store, without changing what it keeps: appends written
// at the end of their turn, one write a file for all of the turn (nedb files and log
// collections' journals), log files folded from the journal and rewritten, a read of only
// some fields, and nedb's index removal on a key thousands of documents share.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { NedbStore } from '../../server/nedb'
import type { StoredDoc } from '../../cloudfunctions/common/store/port'

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'liangpai-writes-'))

const auditDoc = (i: number, orgId: string): StoredDoc => ({ _id: `a${i}`, orgId, at: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`, summary: `第 ${i} 条` })

test('an insert is in its collection file when it is acknowledged, nedb datastore and log collection alike', async () => {
  const dataDir = tempDir()
  const store = await NedbStore.open({ dataDir })
  await store.insert('requests', { _id: 'q-written', orgId: 'o1' })
  expect(fs.readFileSync(path.join(dataDir, 'requests.db'), 'utf8')).toContain('"q-written"')
  await store.insert('audit', auditDoc(1, 'o1'))
  const auditText = fs
    .readdirSync(path.join(dataDir, 'audit'))
    .map((name) => fs.readFileSync(path.join(dataDir, 'audit', name), 'utf8'))
    .join('')
  expect(auditText).toContain('"a1"')
})

test('the writes of one turn go to each file in one write, and none is acknowledged, nor any read answered, before they are written', async () => {
  const dataDir = tempDir()
  const store = await NedbStore.open({ dataDir })
  await store.insert('counters', { _id: 'c1', count: 0 })
  const write = jest.spyOn(fs, 'writeSync')
  try {
    const counts: number[] = []
    // fifty callers at once, as a burst of submits takes its rate-limit slots; one of them reads while the others write
    const updates = Array.from({ length: 50 }, () => store.update('counters', { _id: 'c1' }, { $inc: { count: 1 } }).then(() => counts.push(write.mock.calls.length)))
    const read = store.getById<{ count: number } & StoredDoc>('counters', 'c1').then((doc) => ({ doc, writes: write.mock.calls.length }))
    await Promise.all(updates)
    // fifty lines in one write, before any of them was answered
    expect(write).toHaveBeenCalledTimes(1)
    expect(String(write.mock.calls[0][1]).split('\n').filter(Boolean)).toHaveLength(50)
    expect(counts).toEqual(Array(50).fill(1))
    // the read saw the updates queued before it only once they were written
    expect((await read).writes).toBe(1)
  } finally {
    write.mockRestore()
  }
  const reopened = await NedbStore.open({ dataDir })
  expect(await reopened.getById('counters', 'c1')).toMatchObject({ count: 50 })
})

test('appends to hundreds of log files, and after a rewrite of a file, are all read back after reopening', async () => {
  const dataDir = tempDir()
  const store = await NedbStore.open({ dataDir })
  // 300 federations: about 300 of a collection's data files
  for (let i = 0; i < 300; i++) await store.insert('audit', auditDoc(i, `o${i}`))
  // one outbox file gathers more overwritten lines than documents: it is rewritten, then written again
  for (let i = 0; i < 3; i++) await store.insert('outbox', { _id: `n${i}`, openid: 'oid-1', count: 0 })
  for (let round = 1; round <= 40; round++) await store.update('outbox', { openid: 'oid-1' }, { $set: { count: round } })
  await store.insert('outbox', { _id: 'n-after', openid: 'oid-1', count: 99 })
  await store.update('outbox', { _id: 'n0' }, { $set: { count: 100 } })

  const reopened = await NedbStore.open({ dataDir })
  for (const i of [0, 63, 64, 150, 299]) expect(await reopened.find('audit', { orgId: `o${i}` })).toEqual([auditDoc(i, `o${i}`)])
  expect(await reopened.count('audit', {})).toBe(300)
  const outbox = await reopened.find<{ _id: string; count: number } & StoredDoc>('outbox', { openid: 'oid-1' }, { sort: { _id: 1 } })
  expect(outbox.map((doc) => [doc._id, doc.count])).toEqual([
    ['n-after', 99],
    ['n0', 100],
    ['n1', 40],
    ['n2', 40],
  ])
})

test('a read of some fields answers those fields and _id of the same documents, in the order asked, on every kind of collection', async () => {
  const dataDir = tempDir()
  for (const store of [await NedbStore.open(), await NedbStore.open({ dataDir })]) {
    for (let i = 0; i < 5; i++) {
      const doc = {
        _id: `q${i}`,
        code: `QZ-${i}`,
        orgId: 'o1',
        createdAt: `2026-0${i + 1}-01T00:00:00.000Z`,
        category: i % 2 ? 'family' : 'work',
        state: 'submitted',
        personal: { sealed: 'x' },
      }
      await store.insert('requests', doc)
      await store.insert('duty_entries', { _id: `e${i}`, orgId: 'o1', date: `2026-0${i + 1}-01`, womenCount: i, memberId: 'm1', notes: '不读' })
    }
    const cases = await store.find('requests', { orgId: 'o1' }, { sort: { createdAt: -1 }, limit: 3, fields: ['createdAt', 'state'] })
    expect(cases).toEqual([2, 3, 4].reverse().map((i) => ({ _id: `q${i}`, createdAt: `2026-0${i + 1}-01T00:00:00.000Z`, state: 'submitted' })))
    // duty_entries is a log collection on disk, a nedb datastore in memory
    const entries = await store.find('duty_entries', { orgId: 'o1' }, { sort: { date: 1 }, fields: ['womenCount'] })
    expect(entries).toEqual([0, 1, 2, 3, 4].map((i) => ({ _id: `e${i}`, womenCount: i })))
  }
})

test('a key thousands of documents share keeps every other document when one is updated or removed', async () => {
  const store = await NedbStore.open()
  const stats = (i: number) => ({ _id: `o${i}_2026`, orgId: `o${i}`, year: 2026, ancestorIds: ['county', `street${i % 10}`], total: 0 })
  for (let i = 0; i < 3000; i++) await store.insert('org_stats', stats(i))
  for (const i of [0, 1500, 2999]) await store.update('org_stats', { _id: `o${i}_2026` }, { $set: { total: i + 1 } })
  await store.remove('org_stats', { _id: 'o7_2026' })

  const below = await store.find<ReturnType<typeof stats> & StoredDoc>('org_stats', { ancestorIds: 'county', year: 2026 }, { sort: { _id: 1 }, limit: 1000, skip: 0 })
  expect(await store.count('org_stats', { ancestorIds: 'county' })).toBe(2999)
  expect(below.find((doc) => doc._id === 'o0_2026')?.total).toBe(1)
  expect(await store.count('org_stats', { ancestorIds: 'street7' })).toBe(299)
  expect((await store.find('org_stats', { ancestorIds: 'street9', total: 3000 })).map((doc) => doc._id)).toEqual(['o2999_2026'])
  expect(await store.getById('org_stats', 'o7_2026')).toBeNull()
  // a key of one document, removed whole
  await store.insert('org_stats', { _id: 'lonely_2026', year: 2026, ancestorIds: ['alone'] })
  await store.remove('org_stats', { _id: 'lonely_2026' })
  expect(await store.count('org_stats', { ancestorIds: 'alone' })).toBe(0)
})
