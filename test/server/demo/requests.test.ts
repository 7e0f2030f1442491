// The demo's 求助 cases: sealed at rest like a real submit, whole timelines, and usable
// through the real handlers — the chair sees the urgent one in her queue, demo-member
// opens the one assigned to her, and demo-resident starts with an empty list.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { RequestDoc, RequestEventDoc } from '../../../types'
import { requestDoc, requestEventDoc } from '../../../types'
import { createVault } from '../../../cloudfunctions/common/vault'
import { DEMO_OPENIDS, DEMO_REQUESTER_OPENIDS, loadDemo } from '../../../server/demo/loadDemo'
import { orgIdOf } from '../../../server/demo/build'
import { createCaller } from '../../fixtures/caller'
import { testServices, type TestServices } from '../../fixtures/services'

let services: TestServices
let filesDir: string
const COMMUNITY = orgIdOf('demo-community')

/** Calls as whoever signs in with `openid`. */
const requestsAs = (openid: string | null) => createCaller('requests', services, { openid })

const cases = () => services.store.find<RequestDoc>('requests', {}, { sort: { createdAt: -1 } })
const byState = async (state: RequestDoc['state']) => (await cases()).filter((doc) => doc.state === state)

beforeAll(async () => {
  const base = await testServices('2026-11-23T02:00:00.000Z')
  services = { ...base, ports: { ...base.ports, vault: createVault(randomBytes(32)) } }
  filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-requests-'))
  await loadDemo(services.store, filesDir, services.clock.now(), services.ports.vault)
})

afterAll(() => fs.rmSync(filesDir, { recursive: true, force: true }))

test('three cases in the community: one urgent just submitted, one accepted, one closed and rated', async () => {
  const all = await cases()
  expect(all.map((doc) => doc.orgId)).toEqual([COMMUNITY, COMMUNITY, COMMUNITY])
  const [submitted] = await byState('submitted')
  expect(submitted.urgency).toBe('urgent')
  expect(services.clock.now().getTime() - new Date(submitted.createdAt).getTime()).toBeLessThan(3600_000)
  const [closed] = await byState('closed')
  expect(closed.closure?.reason).toBe('resolved')
  expect(closed.rating?.score).toBe(5)
  for (const doc of all) expect(requestDoc.safeParse(doc).error).toBeUndefined()
})

test('they were filed by fictional residents, never by a demo identity', async () => {
  const openids = (await cases()).map((doc) => doc.requesterOpenid)
  expect(new Set(openids)).toEqual(new Set(DEMO_REQUESTER_OPENIDS))
  expect(await requestsAs(DEMO_OPENIDS.resident).listMine({})).toEqual({ requests: [] })
})

test('nothing she wrote is stored in clear, and the host’s vault opens it', async () => {
  const raw = JSON.stringify({ cases: await cases(), events: await services.store.find('request_events', {}) })
  for (const plain of ['陈女士', '13900001111', '喝了酒', '强制执行', '谢谢杨姐']) expect(raw).not.toContain(plain)
  const [submitted] = await byState('submitted')
  expect(JSON.parse(services.ports.vault.open(submitted.personal))).toMatchObject({ name: '陈女士', phone: '13900001111' })
})

test('every case has its whole timeline, 1 to its version, ending in its state', async () => {
  for (const doc of await cases()) {
    const events = await services.store.find<RequestEventDoc>('request_events', { caseId: doc._id }, { sort: { seq: 1 } })
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: doc.version }, (_, i) => i + 1))
    expect(events[0].step).toBe('submit')
    expect(events[events.length - 1].to).toBe(doc.state)
    for (const event of events) expect(requestEventDoc.safeParse(event).error).toBeUndefined()
  }
})

test('the chair finds the urgent case in her queue, without names', async () => {
  const { items } = await requestsAs(DEMO_OPENIDS.chair).queue({ orgId: COMMUNITY, scope: 'own', state: 'submitted' })
  const [urgent] = await byState('submitted')
  expect(items.map((item) => item.code)).toEqual([urgent.code])
  expect(JSON.stringify(items)).not.toContain('陈女士')
})

test('demo-member opens the case assigned to her, and reads it decrypted', async () => {
  const [assigned] = await byState('accepted')
  const { items } = await requestsAs(DEMO_OPENIDS.member).queue({ orgId: COMMUNITY, scope: 'assigned' })
  expect(items.map((item) => item._id)).toContain(assigned._id)
  const { case: view } = await requestsAs(DEMO_OPENIDS.member).get({ caseId: assigned._id })
  expect(view).toMatchObject({ kind: 'staff', role: 'assignee', state: 'accepted' })
  expect(view.personal.description).toContain('怀孕五个月')
})

test('the woman who filed the closed case reads her timeline in plain words, with her rating', async () => {
  const [closed] = await byState('closed')
  const { case: view } = await requestsAs(closed.requesterOpenid).get({ caseId: closed._id })
  expect(view).toMatchObject({ kind: 'requester', state: 'closed', rating: { score: 5 } })
  expect(view.timeline.map((entry) => entry.to)).toEqual(expect.arrayContaining(['submitted', 'accepted', 'inProgress', 'closed']))
  expect(JSON.stringify(view.timeline)).not.toContain('梳理了判决书')
})
