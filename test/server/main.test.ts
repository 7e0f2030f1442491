// The local host's retention job (server/main.ts): closed help requests past the retention
// period are anonymised at start and then on every tick, each run logs how many, and
// once stopped the job touches nothing more.
import { randomBytes } from 'node:crypto'
import type { Logger } from '../../cloudfunctions/common/context'
import type { RequestDoc } from '../../types'
import { createVault } from '../../cloudfunctions/common/vault'
import { buildDemoDocs } from '../../server/demo/build'
import { buildDemoRequests } from '../../server/demo/requests'
import { startRetentionJob, type RetentionJob } from '../../server/main'
import { testServices, type TestServices } from '../fixtures/services'

const LOADED_AT = '2026-11-23T02:00:00.000Z'
const DAY_MS = 24 * 3600 * 1000
const TICK_MS = 20

let services: TestServices
let logged: Record<string, unknown>[]
let job: RetentionJob | null = null

const closedCase = async () => (await services.store.find<RequestDoc>('requests', { state: 'closed' }))[0]
const openCases = () => services.store.find<RequestDoc>('requests', { state: { $ne: 'closed' } })
const runs = () => logged.filter((line) => line.message === 'retention')

async function until(condition: () => Promise<boolean> | boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

beforeEach(async () => {
  const base = await testServices(LOADED_AT)
  logged = []
  const log: Logger = {
    info: (message, fields) => logged.push({ level: 'info', message, ...fields }),
    error: (message, fields) => logged.push({ level: 'error', message, ...fields }),
  }
  services = { ...base, log, ports: { ...base.ports, vault: createVault(randomBytes(32)) } }
  const now = services.clock.now()
  const { requests, events } = buildDemoRequests(now, buildDemoDocs(now).members, services.ports.vault)
  for (const event of events) await services.store.insert('request_events', event)
  for (const request of requests) await services.store.insert('requests', request)
})

afterEach(async () => {
  await job?.stop()
  job = null
})

test('at start, a case closed longer ago than the retention period is anonymised and the run says how many', async () => {
  const closed = await closedCase()
  const daysSinceClosed = (services.clock.now().getTime() - new Date(closed.closedAt!).getTime()) / DAY_MS
  job = startRetentionJob(services, Math.floor(daysSinceClosed) - 1, 3600_000)
  await job.first
  expect(await closedCase()).toMatchObject({ personal: '', requesterOpenid: null, anonymisedAt: LOADED_AT, category: closed.category })
  expect(runs()).toEqual([expect.objectContaining({ anonymised: 1 })])
  for (const open of await openCases()) expect(open.anonymisedAt).toBeNull()
})

test('a case that expires later is anonymised by a later tick; after stop nothing more runs', async () => {
  const closed = await closedCase()
  const retentionDays = 30
  job = startRetentionJob(services, retentionDays, TICK_MS)
  await job.first
  expect((await closedCase()).anonymisedAt).toBeNull()
  expect(runs()).toEqual([expect.objectContaining({ anonymised: 0 })])
  const expiry = new Date(closed.closedAt!).getTime() + (retentionDays + 1) * DAY_MS
  services.clock.set(new Date(expiry).toISOString())
  await until(async () => (await closedCase()).anonymisedAt !== null)
  expect(runs()).toContainEqual(expect.objectContaining({ anonymised: 1 }))
  await job.stop()
  const ranBefore = runs().length
  await new Promise((resolve) => setTimeout(resolve, TICK_MS * 5))
  expect(runs().length).toBe(ranBefore)
})

test('a run that fails is logged and the job keeps going', async () => {
  const store = services.store
  const failing = { ...services, store: { find: () => Promise.reject(new Error('disk gone')) } as unknown as typeof store }
  job = startRetentionJob(failing, 30, TICK_MS)
  await job.first
  await until(() => logged.filter((line) => line.message === 'retention failed').length >= 2)
  expect(logged[0]).toMatchObject({ level: 'error', message: 'retention failed', error: 'Error: disk gone' })
})
