// The embedded store appends a line to a collection's file for every overwrite, so a
// document rewritten on every call — a rate-limit counter, the tally of a flood of
// refused calls — must not grow its file by a line a call: the file is rewritten once it
// gathers more stale lines than documents.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { recordRefusal } from '../../cloudfunctions/common/audit'
import { NedbStore } from '../../server/nedb'
import { ctxOf, testServices } from '../fixtures/services'

/** Document lines of a collection file (not its index declarations). */
const linesOf = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('{"$$indexCreated"')).length

test('5,000 anonymous refusals leave one audit document, and a counters file of at most about a thousand lines', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liangpai-stale-'))
  const store = await NedbStore.open({ dataDir })
  const ctx = ctxOf(await testServices('2026-11-23T02:00:00.000Z', store))
  for (let i = 0; i < 5000; i++) await recordRefusal(ctx, { fn: 'org', action: 'history', orgId: null, target: null, summary: '拒绝：org.history（未登录）' })
  // the rewrite still running in the background, if any
  await store.rewritesDone()
  // the audit is a log collection: a folder of JSON-lines files (server/logStore.ts)
  const auditFiles = fs.readdirSync(path.join(dataDir, 'audit')).filter((name) => name.endsWith('.jsonl'))
  expect(auditFiles.reduce((sum, name) => sum + linesOf(path.join(dataDir, 'audit', name)), 0)).toBe(1)
  expect(linesOf(path.join(dataDir, 'counters.db'))).toBeLessThanOrEqual(1001)
  expect(await store.find('counters', {})).toEqual([expect.objectContaining({ count: 1, overflow: 4999 })])
}, 30_000)

test('a file a killed run left holding overwritten lines is rewritten when the store opens; a file without them is left as it is', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liangpai-stale-'))
  // anonymised, then killed before the purge: her earlier version is still a line of the file
  const requests = path.join(dataDir, 'requests.db')
  fs.writeFileSync(requests, '{"_id":"r1","code":"A1","personal":"她的住址"}\n{"_id":"r1","code":"A1","personal":""}\n{"_id":"r2","code":"A2","personal":""}\n')
  const config = path.join(dataDir, 'config.db')
  const configLines = '{"_id":"calendar","version":1}\n{"_id":"other","version":3}\n'
  fs.writeFileSync(config, configLines)
  const store = await NedbStore.open({ dataDir })
  expect(fs.readFileSync(requests, 'utf8')).not.toContain('她的住址')
  expect(await store.getById('requests', 'r1')).toEqual({ _id: 'r1', code: 'A1', personal: '' })
  expect(await store.count('requests', {})).toBe(2)
  expect(fs.readFileSync(config, 'utf8')).toBe(configLines)
  expect(await store.count('config', {})).toBe(2)
})

test('writes made while a file is rewritten in the background are all in the new file, each document once', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liangpai-stale-'))
  const store = await NedbStore.open({ dataDir })
  for (let i = 0; i < 200; i++) await store.insert('counters', { _id: `c${i}`, count: 0 })
  // 1,200 overwrites: more stale lines than the rewrite threshold, so a rewrite starts in the background
  const bumps = Array.from({ length: 1200 }, (_, i) => store.update('counters', { _id: `c${i % 200}` }, { $inc: { count: 1 } }))
  // while it runs: more overwrites, new documents and removals, none of them waited for
  const during = [
    ...Array.from({ length: 300 }, (_, i) => store.update('counters', { _id: `c${i % 200}` }, { $inc: { count: 10 } })),
    ...Array.from({ length: 100 }, (_, i) => store.insert('counters', { _id: `n${i}`, count: 7 })),
    store.remove('counters', { _id: 'c199' }),
  ]
  await Promise.all([...bumps, ...during])
  await store.rewritesDone()
  const expected = await store.find('counters', {}, { sort: { _id: 1 } })
  expect(expected).toHaveLength(299)
  // c0 … c99 were bumped six times and then by 10 twice; c100 … c198 six times and by 10 once
  expect(expected.find((doc) => doc._id === 'c0')).toMatchObject({ count: 26 })
  expect(expected.find((doc) => doc._id === 'c150')).toMatchObject({ count: 16 })
  // the file alone, read by a store opened on it, holds exactly the same documents
  const reopened = await NedbStore.open({ dataDir })
  expect(await reopened.find('counters', {}, { sort: { _id: 1 } })).toEqual(expected)
  // rewritten: far fewer lines than the 1,800 written
  expect(linesOf(path.join(dataDir, 'counters.db'))).toBeLessThan(1000)
}, 30_000)

test('a collection of 300 documents is rewritten after four stale lines a document, not one', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liangpai-stale-'))
  const store = await NedbStore.open({ dataDir })
  const file = path.join(dataDir, 'counters.db')
  for (let i = 0; i < 300; i++) await store.insert('counters', { _id: `c${i}`, count: 0 })
  // the first threshold is the floor of 1,000 stale lines; the rewrite it brings sets the next at 4 × 300
  for (let i = 0; i < 1000; i++) await store.update('counters', { _id: `c${i % 300}` }, { $inc: { count: 1 } })
  await store.rewritesDone()
  expect(linesOf(file)).toBe(300)
  // 1,100 stale lines: more than one a document, fewer than four, so the file keeps them
  for (let i = 0; i < 1100; i++) await store.update('counters', { _id: `c${i % 300}` }, { $inc: { count: 1 } })
  await store.rewritesDone()
  expect(linesOf(file)).toBe(1400)
  for (let i = 0; i < 100; i++) await store.update('counters', { _id: `c${i % 300}` }, { $inc: { count: 1 } })
  await store.rewritesDone()
  expect(linesOf(file)).toBe(300)
  const reopened = await NedbStore.open({ dataDir })
  expect(await reopened.count('counters', { count: 7 })).toBe(100)
}, 30_000)

test('a rewrite, at start or by purge, writes each document as a write does, then the index lines, and reads back the same', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liangpai-stale-'))
  const requests = path.join(dataDir, 'requests.db')
  // r1 overwritten once (a stale line), r2 holding a date, as nedb writes one
  fs.writeFileSync(requests, '{"_id":"r1","code":"A1","state":"new"}\n{"_id":"r1","code":"A1","state":"closed"}\n{"_id":"r2","code":"A2","at":{"$$date":1764547200000}}\n')
  let store = await NedbStore.open({ dataDir })
  const docLines = (text: string) => text.split('\n').filter((line) => line && !line.startsWith('{"$$indexCreated"'))
  const indexLines = (text: string) => text.split('\n').filter((line) => line.startsWith('{"$$indexCreated"'))
  expect(docLines(fs.readFileSync(requests, 'utf8'))).toEqual(['{"_id":"r1","code":"A1","state":"closed"}', '{"_id":"r2","code":"A2","at":{"$$date":1764547200000}}'])
  expect(fs.existsSync(`${requests}~`)).toBe(false)
  await store.update('requests', { _id: 'r1' }, { $set: { state: 'open' } })
  await store.remove('requests', { _id: 'r2' })
  await store.insert('requests', { _id: 'r3', code: 'A3', at: new Date('2026-12-01T00:00:00.000Z') })
  await store.purge(['requests'])
  const purged = fs.readFileSync(requests, 'utf8')
  expect(docLines(purged)).toEqual(['{"_id":"r1","code":"A1","state":"open"}', `{"_id":"r3","code":"A3","at":{"$$date":${Date.parse('2026-12-01T00:00:00.000Z')}}}`])
  // the indexes the store declares for the collection, each once, after the documents
  expect(indexLines(purged).length).toBeGreaterThan(0)
  expect(new Set(indexLines(purged)).size).toBe(indexLines(purged).length)
  expect(purged.endsWith(`${indexLines(purged).at(-1)}\n`)).toBe(true)
  // a write after the rewrite goes to the new file
  await store.insert('requests', { _id: 'r4', code: 'A4' })
  store = await NedbStore.open({ dataDir })
  expect(await store.find('requests', {}, { sort: { _id: 1 } })).toEqual([
    { _id: 'r1', code: 'A1', state: 'open' },
    { _id: 'r3', code: 'A3', at: new Date('2026-12-01T00:00:00.000Z') },
    { _id: 'r4', code: 'A4' },
  ])
})
