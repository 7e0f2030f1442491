// The host collects the heap whole once its store is loaded (server/heap.ts), so the
// loading's garbage is gone before the first caller and the next collection's limit is set
// from the store as loaded.
import { collectAfterLoading } from '../../server/heap'

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
