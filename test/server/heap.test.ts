// The host collects the heap whole once its store is loaded (server/heap.ts), so the
// loading's garbage is gone before the first caller and the next collection's limit is set
// from the store as loaded.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { collectAfterLoading, HOST_NODE_FLAGS } from '../../server/heap'

test('the collection after loading frees what loading left behind', () => {
  // what a load leaves: tens of MB of parsed lines, held while it ran, nothing refers to them now
  let held: unknown[][] | null = []
  for (let i = 0; i < 200; i++) held.push(JSON.parse(JSON.stringify(Array.from({ length: 2000 }, (_, n) => ({ line: `第 ${i}-${n} 行`, n })))) as unknown[])
  expect(held.flat()).toHaveLength(400_000)
  held = null
  const before = process.memoryUsage().heapUsed
  collectAfterLoading()
  const after = process.memoryUsage().heapUsed
  expect(before - after).toBeGreaterThan(20 * 2 ** 20)
  // nothing else of the host can call the collector: it is not left on the global object
  expect((globalThis as { gc?: unknown }).gc).toBeUndefined()
})

test('npm start starts the host with the flags every other host is started with', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  const start = pkg.scripts.start!.split(/\s+/)
  expect(start[0]).toBe('tsx')
  // the flags go to node before the script: after it they would be the script's own arguments
  expect(start.slice(1, -1)).toEqual([...HOST_NODE_FLAGS])
  expect(start.at(-1)).toBe('scripts/start.ts')
})

test('a node started with the host flags may have 48 MB more young generation', () => {
  // V8 counts three semi-spaces of the young generation in the heap's limit: 3 × (32 − 16) MB more
  const limit = (flags: readonly string[]) => Number(execFileSync(process.execPath, [...flags, '-p', "require('v8').getHeapStatistics().heap_size_limit"], { encoding: 'utf8' }))
  expect(limit(HOST_NODE_FLAGS) - limit([])).toBe(48 * 2 ** 20)
})
