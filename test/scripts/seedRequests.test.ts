// `npm run seed -- --requests-per-org N`: 求助 cases for the benchmark, in a realistic mix,
// each with a whole timeline, sealed with the data dir's key so the host reads them,
// and with every org's chair bound to an openid so she can open her queue.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { MemberDoc, RequestDoc, RequestEventDoc } from '../../types'
import { requestDoc, requestEventDoc } from '../../types'
import { CalendarSource } from '../../cloudfunctions/common/calendar'
import { silentLogger, type Services } from '../../cloudfunctions/common/context'
import { NedbStore } from '../../server/nedb'
import { MAX_LIMIT } from '../../cloudfunctions/common/store/port'
import { fixedClock } from '../../cloudfunctions/common/time'
import { parseSeedArgs, seed } from '../../scripts/seed'
import { staffOpenid } from '../../server/demo/syntheticRequests'
import { EMPTY_DENY_LIST, localPorts } from '../../server/ports'
import { createCaller } from '../fixtures/caller'

const clock = fixedClock('2026-11-23T02:00:00Z')
let dataDir: string
let store: NedbStore
let services: Services
let cases: RequestDoc[]

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-requests-'))
  const counts = await seed({ orgs: 20, membersPerOrg: 14, requestsPerOrg: 30, dataDir, withDemo: false, force: true, now: clock.now() })
  expect(counts.requests).toBe(600)
  expect(counts.request_events).toBeGreaterThan(counts.requests)
  store = await NedbStore.open({ dataDir })
  const calendar = new CalendarSource(store)
  await calendar.prime(clock.now().getTime())
  services = { store, clock, calendar, log: silentLogger, ports: localPorts(dataDir, () => '', EMPTY_DENY_LIST) }
  cases = await store.find<RequestDoc>('requests', {}, { limit: MAX_LIMIT })
}, 60_000)

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

test('every case and event has the stored shape, and every code is its own', () => {
  expect(cases).toHaveLength(600)
  for (const doc of cases) expect(requestDoc.safeParse(doc).error).toBeUndefined()
  expect(new Set(cases.map((doc) => doc.code)).size).toBe(600)
})

test('each case has its timeline from submit to its present state, one event per version', async () => {
  for (const doc of cases.slice(0, 150)) {
    const events = await store.find<RequestEventDoc>('request_events', { caseId: doc._id }, { sort: { seq: 1 } })
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: doc.version }, (_, i) => i + 1))
    expect(events[0]).toMatchObject({ step: 'submit', from: null, to: 'submitted' })
    expect(events[events.length - 1].to).toBe(doc.state)
    for (const event of events) expect(requestEventDoc.safeParse(event).error).toBeUndefined()
  }
})

test('the mix looks like a real year: mostly closed, some open, several categories, some urgent', () => {
  const share = (match: (doc: RequestDoc) => boolean) => cases.filter(match).length / cases.length
  expect(share((doc) => doc.state === 'closed')).toBeGreaterThan(0.5)
  for (const state of ['submitted', 'accepted', 'inProgress'] as const) expect(share((doc) => doc.state === state)).toBeGreaterThan(0.02)
  expect(new Set(cases.map((doc) => doc.category)).size).toBeGreaterThanOrEqual(6)
  expect(share((doc) => doc.urgency === 'urgent')).toBeGreaterThan(0.05)
  expect(share((doc) => doc.channel !== 'self')).toBeGreaterThan(0.1)
  for (const doc of cases) expect(doc.createdAt < clock.now().toISOString() && doc.updatedAt <= clock.now().toISOString()).toBe(true)
})

test('nothing personal is on disk in clear; the key in the data dir opens it', () => {
  // the timelines are a log collection: a folder of files (server/logStore.ts)
  const events = path.join(dataDir, 'request_events')
  const raw = [path.join(dataDir, 'requests.db'), ...fs.readdirSync(events).map((name) => path.join(events, name))].map((file) => fs.readFileSync(file, 'utf8')).join('')
  expect(raw).toContain('"step":"submit"')
  for (const plain of ['女士', '希望有人联系我', '已电话联系本人']) expect(raw).not.toContain(plain)
  const personal = JSON.parse(services.ports.vault.open(cases[0].personal))
  expect(personal.description.length).toBeGreaterThan(5)
})

test('an org’s chair signs in with her bound openid and sees her queue and a case', async () => {
  const [chair] = await store.find<MemberDoc>('members', { orgId: 'o000007', post: 'chair' })
  expect(chair.openid).toBe(staffOpenid(chair._id))
  const asChair = createCaller('requests', services, { openid: chair.openid })
  const { items } = await asChair.queue({ orgId: 'o000007', scope: 'own', limit: 50 })
  expect(items.length).toBe(30)
  expect(await asChair.get({ caseId: items[0]._id })).toMatchObject({ case: { kind: 'staff', role: 'chair' } })
})

test('--requests-per-org takes 0 to 999', () => {
  const now = clock.now()
  expect(parseSeedArgs([], {}, now).requestsPerOrg).toBe(0)
  expect(parseSeedArgs(['--requests-per-org', '34'], {}, now).requestsPerOrg).toBe(34)
  expect(parseSeedArgs(['--requests-per-org=0'], {}, now).requestsPerOrg).toBe(0)
  expect(() => parseSeedArgs(['--requests-per-org', '-1'], {}, now)).toThrow(/--requests-per-org/)
  expect(() => parseSeedArgs(['--requests-per-org'], {}, now)).toThrow(/--requests-per-org/)
})
