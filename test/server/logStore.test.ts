// The append-only collections on disk (server/logStore.ts), through the embedded store as
// the host opens it: every guarantee the nedb datastores give them — an insert on disk
// before it is acknowledged, a unique `_id`, the port's filters with sort / skip / limit, a
// torn last line dropped, the same answers after reopening — without holding them in memory.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Datastore from '@seald-io/nedb'
import { NedbStore } from '../../server/nedb'
import { appendBulk } from '../../server/logStore'
import type { Filter, FindOptions, StoredDoc } from '../../cloudfunctions/common/store/port'

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'liangpai-log-'))

const audit = (i: number, orgId: string | null, at: string, outcome = 'changed'): StoredDoc => ({
  _id: `a${String(i).padStart(4, '0')}`,
  at,
  orgId,
  outcome,
  summary: `第 ${i} 条`,
  target: { collection: 'topics', id: `t${i}` },
  changes: [],
})

/** Every byte of every file of a collection's folder. */
const folderText = (dataDir: string, collection: string) =>
  fs
    .readdirSync(path.join(dataDir, collection))
    .map((name) => fs.readFileSync(path.join(dataDir, collection, name), 'utf8'))
    .join('')

test('log collections live in folders of their own, not in nedb files held in memory', async () => {
  const dataDir = tempDir()
  const store = await NedbStore.open({ dataDir })
  await store.insert('audit', audit(1, 'o1', '2026-01-01T00:00:00.000Z'))
  await store.insert('outbox', { _id: 'n1', openid: 'oid-1', createdAt: '2026-01-01T00:00:00.000Z' })
  await store.insert('request_events', { _id: 'c1-1', caseId: 'c1', seq: 1 })
  for (const name of ['audit', 'outbox', 'request_events']) {
    expect(fs.existsSync(path.join(dataDir, `${name}.db`))).toBe(false)
    expect(fs.statSync(path.join(dataDir, name)).isDirectory()).toBe(true)
  }
  // acknowledged: on disk already, before any compaction
  expect(folderText(dataDir, 'audit')).toContain('"_id":"a0001"')
  expect(folderText(dataDir, 'request_events')).toContain('"_id":"c1-1"')
})

test('a duplicate _id is a CONFLICT, also after reopening and whatever the partition field says', async () => {
  const dataDir = tempDir()
  const store = await NedbStore.open({ dataDir })
  await store.insert('audit', audit(1, 'o1', '2026-01-01T00:00:00.000Z'))
  await expect(store.insert('audit', audit(1, 'o1', '2026-01-01T00:00:00.000Z'))).rejects.toMatchObject({ code: 'CONFLICT' })
  await expect(store.insert('audit', audit(1, 'o2', '2026-01-02T00:00:00.000Z'))).rejects.toMatchObject({ code: 'CONFLICT' })
  const reopened = await NedbStore.open({ dataDir })
  await expect(reopened.insert('audit', audit(1, null, '2026-01-03T00:00:00.000Z'))).rejects.toMatchObject({ code: 'CONFLICT' })
  expect(await reopened.count('audit', {})).toBe(1)
  // concurrent retries of one insert: exactly one wins
  const tries = await Promise.allSettled(Array.from({ length: 5 }, () => reopened.insert('request_events', { _id: 'c9-1', caseId: 'c9', seq: 1 })))
  expect(tries.filter((t) => t.status === 'fulfilled')).toHaveLength(1)
  expect(tries.filter((t) => t.status === 'rejected').map((t) => (t as PromiseRejectedResult).reason.code)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT'])
})

test('a fresh _id reads each index file once; a stored one, removed or from before a restart is still found', async () => {
  const dataDir = tempDir()
  const before = await NedbStore.open({ dataDir })
  await before.insert('audit', audit(1, 'o1', '2026-01-01T00:00:00.000Z'))
  await before.insert('audit', audit(2, 'o1', '2026-01-01T00:00:00.000Z'))
  await before.remove('audit', { _id: 'a0002' })
  const store = await NedbStore.open({ dataDir })
  const read = jest.spyOn(fs, 'readFileSync')
  try {
    for (let i = 10; i < 2010; i++) await store.insert('audit', audit(i, `o${i % 7}`, '2026-01-02T00:00:00.000Z'))
    const indexReads = read.mock.calls.filter(([file]) => String(file).endsWith('.ids'))
    // 2,000 fresh ids over at most 1,024 index files: each file read at most once
    expect(indexReads.length).toBeLessThanOrEqual(1024)
    expect(new Set(indexReads.map(([file]) => String(file))).size).toBe(indexReads.length)
  } finally {
    read.mockRestore()
  }
  await expect(store.insert('audit', audit(1, 'o1', '2026-01-03T00:00:00.000Z'))).rejects.toMatchObject({ code: 'CONFLICT' })
  await expect(store.insert('audit', audit(1500, 'o3', '2026-01-03T00:00:00.000Z'))).rejects.toMatchObject({ code: 'CONFLICT' })
  // removed: may be stored again
  await store.insert('audit', audit(2, 'o1', '2026-01-03T00:00:00.000Z'))
  expect(await store.count('audit', {})).toBe(2002)
  const reopened = await NedbStore.open({ dataDir })
  await expect(reopened.insert('audit', audit(2009, 'o0', '2026-01-04T00:00:00.000Z'))).rejects.toMatchObject({ code: 'CONFLICT' })
  expect((await reopened.getById('audit', 'a2009'))?.orgId).toBe('o0')
})

test('inserts read their index files at once and are acknowledged together at the end of their turn: one write of the journal for all', async () => {
  const dataDir = tempDir()
  await (await NedbStore.open({ dataDir })).insert('audit', audit(1, 'o1', '2026-01-01T00:00:00.000Z'))
  // reopened: no index file read yet
  const store = await NedbStore.open({ dataDir })
  const read = jest.spyOn(fs, 'readFileSync')
  const write = jest.spyOn(fs, 'writeSync')
  const indexReads = () => read.mock.calls.filter(([file]) => String(file).endsWith('.ids')).map(([file]) => String(file))
  try {
    let readBeforeTurnEnd = -1
    setImmediate(() => (readBeforeTurnEnd = indexReads().length))
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.insert('audit', audit(100 + i, `o${i}`, '2026-01-02T00:00:00.000Z'))))
    // every index file was read before the turn ended, each once: no insert waited for I/O
    // (before, the first insert to an index file waited a turn, and every request that came with it went first)
    expect(readBeforeTurnEnd).toBeGreaterThan(0)
    expect(readBeforeTurnEnd).toBe(new Set(indexReads()).size)
    // the twenty inserts' lines (an `_id` line and a document each) went to the journal in one write
    expect(write).toHaveBeenCalledTimes(1)
    expect(String(write.mock.calls[0][1]).split('\n').filter(Boolean)).toHaveLength(40)
  } finally {
    read.mockRestore()
    write.mockRestore()
  }
  // the index file read at once is the whole of it: a stored `_id` is still a CONFLICT
  await expect(store.insert('audit', audit(1, 'o2', '2026-01-02T00:00:00.000Z'))).rejects.toMatchObject({ code: 'CONFLICT' })
  expect(await store.count('audit', {})).toBe(21)
})

test('a key nedb refuses is refused before anything is written, as nedb refuses it', async () => {
  const dataDir = tempDir()
  const store = await NedbStore.open({ dataDir })
  await expect(store.insert('audit', { ...audit(1, 'o1', '2026-01-01T00:00:00.000Z'), 'a.b': 1 })).rejects.toThrow('Field names cannot contain a .')
  await expect(store.put('audit', { ...audit(1, 'o1', '2026-01-01T00:00:00.000Z'), inner: { $where: 'x' } })).rejects.toThrow('Field names cannot begin with the $ character')
  expect(fs.existsSync(path.join(dataDir, 'audit')) ? folderText(dataDir, 'audit') : '').not.toContain('a0001')
  // nothing listed it: the same `_id` is stored afresh, not a CONFLICT
  await store.insert('audit', audit(1, 'o1', '2026-01-01T00:00:00.000Z'))
  expect(await store.count('audit', {})).toBe(1)
})

test('finds by the partition field with the port filters, sort, skip and limit, as org.history and the inbox ask', async () => {
  const dataDir = tempDir()
  const store = await NedbStore.open({ dataDir })
  const memory = await NedbStore.open()
  const docs = Array.from({ length: 60 }, (_, i) =>
    audit(i, i % 3 === 0 ? 'o1' : i % 3 === 1 ? 'o2' : null, `2026-01-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00.000Z`, i % 5 === 0 ? 'refused' : 'changed'),
  )
  for (const doc of docs) {
    await store.insert('audit', doc)
    await memory.insert('audit', doc)
  }
  const queries: [Filter, FindOptions][] = [
    [
      { orgId: 'o1', outcome: { $ne: 'refused' } },
      { sort: { at: -1, _id: -1 }, limit: 7 },
    ],
    [
      { orgId: 'o1', outcome: { $ne: 'refused' }, at: { $lt: '2026-01-15T00:00:00.000Z' } },
      { sort: { at: -1, _id: -1 }, limit: 5 },
    ],
    [
      { orgId: 'o2', at: '2026-01-02T00:00:00.000Z' },
      { sort: { _id: -1 }, limit: 200 },
    ],
    [
      { orgId: 'o2', at: { $gte: '2026-01-10T00:00:00.000Z' }, 'target.collection': 'topics', outcome: 'changed' },
      { sort: { at: 1 }, skip: 2, limit: 3 },
    ],
    [{ orgId: null }, { sort: { at: 1, _id: 1 } }],
    [{ orgId: { $in: ['o1', 'o2'] }, outcome: 'refused' }, { sort: { _id: 1 } }],
    [{ outcome: 'refused' }, {}],
    [{ $or: [{ orgId: 'o1' }, { orgId: null }], at: { $lte: '2026-01-05T00:00:00.000Z' } }, { sort: { at: -1, _id: 1 } }],
  ]
  for (const [filter, options] of queries) {
    const onDisk = await store.find('audit', filter, options)
    expect(onDisk).toEqual(await memory.find('audit', filter, options))
    expect(onDisk.length).toBeGreaterThan(0)
    expect(await store.count('audit', filter)).toBe(await memory.count('audit', filter))
  }
  expect(await store.getById('audit', 'a0007')).toEqual(docs[7])
  expect(await store.getById('audit', 'nope')).toBeNull()
})

test('a line torn by a kill is never read, and the next write goes on a line of its own', async () => {
  const dataDir = tempDir()
  const store = await NedbStore.open({ dataDir })
  await store.insert('request_events', { _id: 'c1-1', caseId: 'c1', seq: 1, text: 'first' })
  // folded from the journal into the files
  await store.rewritesDone()
  // the host is killed mid-append (a fold): half a document and half an `_id` line
  const folder = path.join(dataDir, 'request_events')
  const dataFile = fs.readdirSync(folder).find((name) => name.endsWith('.jsonl'))!
  const idFile = fs.readdirSync(folder).find((name) => name.endsWith('.ids'))!
  fs.appendFileSync(path.join(folder, dataFile), '{"_id":"c1-2","caseId":"c1","se')
  fs.appendFileSync(path.join(folder, idFile), '"c1-2')
  const reopened = await NedbStore.open({ dataDir })
  expect(await reopened.find('request_events', { caseId: 'c1' }, { sort: { seq: 1 } })).toEqual([{ _id: 'c1-1', caseId: 'c1', seq: 1, text: 'first' }])
  expect(await reopened.getById('request_events', 'c1-2')).toBeNull()
  // the retry of the write that was cut short
  await reopened.insert('request_events', { _id: 'c1-2', caseId: 'c1', seq: 2, text: 'second' })
  const again = await NedbStore.open({ dataDir })
  expect((await again.find('request_events', { caseId: 'c1' }, { sort: { seq: 1 } })).map((e) => e.text)).toEqual(['first', 'second'])
  expect(await again.getById('request_events', 'c1-2')).toMatchObject({ seq: 2 })
  // the case's file was cut back before the retry was folded into it (a torn `_id` line elsewhere is never read)
  await again.rewritesDone()
  expect(fs.readFileSync(path.join(folder, dataFile), 'utf8')).toMatch(/\n$/)
  expect(fs.readFileSync(path.join(folder, dataFile), 'utf8').split('\n')).toHaveLength(3)
})

test('a write is in the journal before it is acknowledged; a journal left by a kill is read at the next start and folded, its torn last line left out', async () => {
  const dataDir = tempDir()
  const store = await NedbStore.open({ dataDir })
  for (let seq = 1; seq <= 3; seq++) await store.insert('request_events', { _id: `c1-${seq}`, caseId: 'c1', seq })
  await store.update('request_events', { _id: 'c1-2' }, { $set: { seq: 20 } })
  const folder = path.join(dataDir, 'request_events')
  const journals = () => fs.readdirSync(folder).filter((name) => name.endsWith('.journal'))
  // not yet folded: the journal alone holds the lines, and every read answers from it
  expect(journals()).toHaveLength(1)
  expect(fs.readdirSync(folder).filter((name) => name.endsWith('.jsonl'))).toEqual([])
  expect((await store.find('request_events', { caseId: 'c1' }, { sort: { seq: 1 } })).map((e) => e.seq)).toEqual([1, 3, 20])
  expect(await store.count('request_events', {})).toBe(3)
  expect(await store.getById('request_events', 'c1-2')).toMatchObject({ seq: 20 })
  await expect(store.insert('request_events', { _id: 'c1-3', caseId: 'c9', seq: 3 })).rejects.toMatchObject({ code: 'CONFLICT' })
  // the host is killed: a copy of the journal as it was, and a line of it cut short
  const journal = path.join(folder, journals()[0])
  const left = fs.readFileSync(journal, 'utf8') + 'd000.jsonl\t{"_id":"c1-4","caseI'
  await store.rewritesDone()
  // folded into the files, and removed
  expect(journals()).toEqual([])
  // the same lines again, as when a kill comes after the fold wrote them and before the journal was removed
  fs.writeFileSync(journal, left)
  const restarted = await NedbStore.open({ dataDir })
  expect((await restarted.find('request_events', { caseId: 'c1' }, { sort: { seq: 1 } })).map((e) => e.seq)).toEqual([1, 3, 20])
  expect(await restarted.getById('request_events', 'c1-4')).toBeNull()
  await restarted.insert('request_events', { _id: 'c1-4', caseId: 'c1', seq: 4 })
  await restarted.rewritesDone()
  expect(journals()).toEqual([])
  const again = await NedbStore.open({ dataDir })
  expect((await again.find('request_events', { caseId: 'c1' }, { sort: { seq: 1 } })).map((e) => e.seq)).toEqual([1, 3, 4, 20])
  expect(await again.count('request_events', {})).toBe(4)
})

test('lines read back from the journal before their fold are whole, in any script, and in the order written', async () => {
  const dataDir = tempDir()
  const store = await NedbStore.open({ dataDir })
  const folder = path.join(dataDir, 'audit')
  const journals = () => fs.readdirSync(folder).filter((name) => name.endsWith('.journal'))
  // written in one turn: several files' lines interleaved, a document written twice, text of one to four bytes a character
  await Promise.all([
    store.insert('audit', { ...audit(1, 'o1', '2026-01-01T00:00:00.000Z'), summary: '改了主席的电话 📞 13912345678' }),
    store.insert('audit', { ...audit(2, 'o2', '2026-01-02T00:00:00.000Z'), summary: 'é ü ñ — 第二条' }),
    store.insert('audit', audit(3, 'o1', '2026-01-03T00:00:00.000Z')),
  ])
  await store.update('audit', { _id: 'a0003' }, { $set: { summary: '第三条，改过一次' } })
  await store.update('audit', { _id: 'a0003' }, { $set: { summary: '第三条，改过两次' } })
  expect(journals()).toHaveLength(1)
  const read = async (from: NedbStore) => ({
    o1: (await from.find<StoredDoc & { summary: string }>('audit', { orgId: 'o1' }, { sort: { at: 1 } })).map((doc) => doc.summary),
    o2: (await from.find<StoredDoc & { summary: string }>('audit', { orgId: 'o2' })).map((doc) => doc.summary),
    byId: ((await from.getById<StoredDoc & { summary: string }>('audit', 'a0003')) ?? { summary: null }).summary,
  })
  const expected = { o1: ['改了主席的电话 📞 13912345678', '第三条，改过两次'], o2: ['é ü ñ — 第二条'], byId: '第三条，改过两次' }
  expect(await read(store)).toEqual(expected)
  // read while the fold runs (from the journal it folds), and once it is done (from the files)
  const folding = store.rewritesDone()
  expect(await read(store)).toEqual(expected)
  await folding
  expect(journals()).toEqual([])
  expect(await read(store)).toEqual(expected)
  // killed before the fold of the next journal: its files as they were then, read back at the next start
  await store.insert('audit', { ...audit(4, 'o2', '2026-01-04T00:00:00.000Z'), summary: '重启前最后一条 🌸' })
  const before = `${folder}-before`
  fs.cpSync(folder, before, { recursive: true })
  await store.rewritesDone()
  fs.rmSync(folder, { recursive: true })
  fs.renameSync(before, folder)
  expect(journals()).toHaveLength(1)
  const restarted = await NedbStore.open({ dataDir })
  expect(await read(restarted)).toEqual({ ...expected, o2: ['é ü ñ — 第二条', '重启前最后一条 🌸'] })
  expect((await restarted.getById<StoredDoc & { summary: string }>('audit', 'a0004'))?.summary).toBe('重启前最后一条 🌸')
  await restarted.rewritesDone()
})

test('a fold that fails keeps the journal, answers reads from it, says why once, and succeeds when tried again', async () => {
  const dataDir = tempDir()
  const store = await NedbStore.open({ dataDir })
  await store.insert('request_events', { _id: 'c1-1', caseId: 'c1', seq: 1 })
  const folder = path.join(dataDir, 'request_events')
  const journals = () => fs.readdirSync(folder).filter((name) => name.endsWith('.journal'))
  const [journal] = journals()
  // the fold thread cannot read the journal (a folder stands in its place), as on a broken disk
  fs.renameSync(path.join(folder, journal), path.join(folder, 'moved'))
  fs.mkdirSync(path.join(folder, journal))
  const said = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  try {
    await expect(store.rewritesDone()).rejects.toThrow('EISDIR')
    await expect(store.rewritesDone()).rejects.toThrow('EISDIR')
    expect(said).toHaveBeenCalledTimes(1)
    expect(String(said.mock.calls[0][0])).toContain('日志写入文件失败，每秒重试一次：EISDIR')
    // nothing is lost: every read answers from what the journal holds, and writes go on
    await store.insert('request_events', { _id: 'c1-2', caseId: 'c1', seq: 2 })
    expect((await store.find('request_events', { caseId: 'c1' }, { sort: { seq: 1 } })).map((e) => e._id)).toEqual(['c1-1', 'c1-2'])
    // a fold tried meanwhile finds no journal at all: it fails too, rather than folding nothing
    fs.rmdirSync(path.join(folder, journal))
    await expect(pollUntilFolded(store, 3000)).rejects.toThrow('the journal is missing')
    fs.renameSync(path.join(folder, 'moved'), path.join(folder, journal))
    // tried again a second later, then the lines written meanwhile
    await pollUntilFolded(store)
  } finally {
    said.mockRestore()
  }
  expect(journals()).toEqual([])
  expect(folderText(dataDir, 'request_events')).toContain('"c1-2"')
  const reopened = await NedbStore.open({ dataDir })
  expect((await reopened.find('request_events', { caseId: 'c1' }, { sort: { seq: 1 } })).map((e) => e._id)).toEqual(['c1-1', 'c1-2'])
})

/** Waits until every journal of the store is folded, trying again while a fold that failed is retried. */
async function pollUntilFolded(store: NedbStore, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await store.rewritesDone()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
}

test('updates and removals answer as nedb does, and purge leaves no overwritten or removed text in the files, even after a kill', async () => {
  const dataDir = tempDir()
  const store = await NedbStore.open({ dataDir })
  for (let seq = 1; seq <= 3; seq++) await store.insert('request_events', { _id: `c1-${seq}`, caseId: 'c1', seq, text: `secret-${seq}`, patch: { note: `note-${seq}` } })
  await store.insert('request_events', { _id: 'c2-1', caseId: 'c2', seq: 1, text: 'other' })
  expect(await store.update('request_events', { _id: 'c1-1' }, { $set: { text: '', patch: { note: '' } } })).toBe(1)
  expect(await store.updateVersioned('request_events', 'c2-1', 0, { $set: { text: 'x' } })).toBe(false)
  await store.put('request_events', { _id: 'c2-1', caseId: 'c2', seq: 1, text: 'other', version: 1 })
  expect(await store.updateVersioned('request_events', 'c2-1', 1, { $set: { text: 'changed' } })).toBe(true)
  expect(await store.getById('request_events', 'c2-1')).toMatchObject({ version: 2, text: 'changed' })
  expect(await store.remove('request_events', { _id: 'c1-3' })).toBe(1)
  expect((await store.find('request_events', { caseId: 'c1' }, { sort: { seq: 1 } })).map((e) => [e.seq, e.text])).toEqual([
    [1, ''],
    [2, 'secret-2'],
  ])
  expect(folderText(dataDir, 'request_events')).toContain('secret-1')
  // killed before the purge: the next run still knows which files to rewrite
  const afterKill = await NedbStore.open({ dataDir })
  await afterKill.purge(['requests', 'request_events'])
  const text = folderText(dataDir, 'request_events')
  expect(text).not.toContain('secret-1')
  expect(text).not.toContain('note-1')
  expect(text).not.toContain('secret-3')
  expect(text).toContain('secret-2')
  const reopened = await NedbStore.open({ dataDir })
  expect(await reopened.count('request_events', {})).toBe(3)
  expect(await reopened.getById('request_events', 'c1-3')).toBeNull()
  await reopened.insert('request_events', { _id: 'c1-3', caseId: 'c1', seq: 3, text: 'again' })
  expect(await reopened.count('request_events', { caseId: 'c1' })).toBe(3)
})

test('a nedb file of an append-only collection left by an earlier version is moved into its folder once', async () => {
  const dataDir = tempDir()
  const legacy = new Datastore({ filename: path.join(dataDir, 'outbox.db') })
  await legacy.loadDatabaseAsync()
  await legacy.insertAsync([
    { _id: 'n1', openid: 'oid-1', createdAt: '2026-01-01T00:00:00.000Z' },
    { _id: 'n2', openid: 'oid-1', createdAt: '2026-01-02T00:00:00.000Z' },
    { _id: 'n3', openid: 'oid-2', createdAt: '2026-01-03T00:00:00.000Z' },
  ])
  await legacy.removeAsync({ _id: 'n3' }, {})
  const store = await NedbStore.open({ dataDir })
  expect(fs.existsSync(path.join(dataDir, 'outbox.db'))).toBe(false)
  expect((await store.find('outbox', { openid: 'oid-1' }, { sort: { createdAt: -1, _id: -1 } })).map((d) => d._id)).toEqual(['n2', 'n1'])
  expect(await store.count('outbox', {})).toBe(2)
  await expect(store.insert('outbox', { _id: 'n1', openid: 'oid-9', createdAt: 'x' })).rejects.toMatchObject({ code: 'CONFLICT' })
})

test('the bulk writer of the seed and the benchmarks writes what the store reads', async () => {
  const dataDir = tempDir()
  await appendBulk(dataDir, 'audit', [audit(1, 'o1', '2026-01-01T00:00:00.000Z'), audit(2, 'o1', '2026-01-02T00:00:00.000Z'), audit(3, 'o9', '2026-01-03T00:00:00.000Z')])
  const store = await NedbStore.open({ dataDir })
  expect((await store.find('audit', { orgId: 'o1' }, { sort: { at: -1 } })).map((d) => d._id)).toEqual(['a0002', 'a0001'])
  await expect(store.insert('audit', audit(3, 'o1', '2026-01-04T00:00:00.000Z'))).rejects.toMatchObject({ code: 'CONFLICT' })
})

test('履职 entries on disk answer the engine’s, the coverage’s and the edit’s queries as nedb does', async () => {
  const dataDir = tempDir()
  const store = await NedbStore.open({ dataDir })
  const memory = await NedbStore.open()
  for (let i = 0; i < 40; i++) {
    const entry = {
      _id: `de-${i}`,
      version: 1,
      orgId: i % 2 ? 'o1' : 'o2',
      memberId: `m${i % 4}`,
      date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-15`,
      areaId: i % 3 ? null : `area-${i % 2}`,
      createdAt: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00.000Z`,
    }
    await store.insert('duty_entries', entry)
    await memory.insert('duty_entries', entry)
  }
  const queries: [Filter, FindOptions][] = [
    [
      { orgId: 'o1', memberId: 'm1', date: { $lte: '2026-06-30' } },
      { sort: { date: -1 }, limit: 1 },
    ],
    [
      { orgId: 'o2', memberId: 'm2', date: { $gte: '2026-03-01' } },
      { sort: { date: -1 }, limit: 1000 },
    ],
    [{ orgId: 'o2', date: { $gte: '2026-01-01', $lte: '2026-12-31' }, areaId: { $ne: null } }, { limit: 1000 }],
    [
      { orgId: 'o1', date: { $gte: '2026-01-01', $lte: '2026-12-31' } },
      { sort: { date: 1, _id: 1 }, skip: 3, limit: 5 },
    ],
  ]
  // without a sort the port promises no order: compared as sets
  const ids = (docs: StoredDoc[], sorted: boolean) => (sorted ? docs : [...docs].sort((a, b) => (a._id < b._id ? -1 : 1)))
  for (const [filter, options] of queries) {
    expect(ids(await store.find('duty_entries', filter, options), !!options.sort)).toEqual(ids(await memory.find('duty_entries', filter, options), !!options.sort))
  }
  for (const target of [store, memory]) {
    expect(await target.updateVersioned('duty_entries', 'de-3', 1, { $set: { womenCount: 5 } })).toBe(true)
    expect(await target.remove('duty_entries', { _id: 'de-3', version: 1 })).toBe(0)
    expect(await target.remove('duty_entries', { _id: 'de-3', version: 2 })).toBe(1)
  }
  expect(await store.find('duty_entries', { orgId: 'o1' }, { sort: { _id: 1 } })).toEqual(await memory.find('duty_entries', { orgId: 'o1' }, { sort: { _id: 1 } }))
  expect(await (await NedbStore.open({ dataDir })).count('duty_entries', { orgId: 'o1' })).toBe(19)
})
