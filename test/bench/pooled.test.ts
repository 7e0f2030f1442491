// Budget 5 pools the rounds of a load (bench/lib/load.ts): every call of every window in one
// latency histogram, the counts summed, the rate over the windows' time in all. Measured here
// on a small server whose answers take 1 ms in one window and 30 ms in the other.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { pooled, runWindow, type LoadOptions } from '../../bench/lib/load'

let delayMs = 1
const server = http.createServer((_request, response) => {
  setTimeout(() => response.end('ok'), delayMs)
})

beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)))
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

test('two windows pooled: the calls of both, the slow window’s waits in the p99 and the max', async () => {
  const load: LoadOptions = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, connections: 4, durationSeconds: 1, method: 'GET' }
  delayMs = 1
  const quick = await runWindow(load)
  delayMs = 30
  const slow = await runWindow(load)
  const [quickFigures, slowFigures, both] = [pooled([quick], load), pooled([slow], load), pooled([quick, slow], load)]
  expect(both.requests).toBe(quick.totalCompletedRequests + slow.totalCompletedRequests)
  expect(both.requests).toBeGreaterThan(100)
  expect(quickFigures.p99Ms).toBeLessThan(30)
  expect(slowFigures.p50Ms).toBeGreaterThanOrEqual(30)
  // the slow window holds few of the calls: the pooled p50 is the quick one's, its tail the slow one's
  expect(both.p50Ms).toBeLessThan(30)
  expect(both.p99Ms).toBeGreaterThanOrEqual(30)
  expect(both.maxMs).toBe(Math.max(quickFigures.maxMs, slowFigures.maxMs))
  expect(both.requestsPerSecond).toBeCloseTo(both.requests / (quick.duration + slow.duration), 0)
  expect(both.errors + both.non2xx + both.timeouts).toBe(0)
})
