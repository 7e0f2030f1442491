// The demo's 执委会: 和美社区 recorded one about two months before the load day (every 执委 called,
// one 请假 with her reason), so its console has no half-year warning (002 激励制度第三条
// "乡镇（街道）、村（社区）妇联每半年召开一次执委会"); the 村 held none and keeps the warning.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { heldToDuty } from '../../../types'
import { NedbStore } from '../../../server/nedb'
import { createVault } from '../../../cloudfunctions/common/vault'
import { orgIdOf } from '../../../server/demo/build'
import { DEMO_CODES, DEMO_OPENIDS, loadDemo } from '../../../server/demo/loadDemo'
import { createCaller } from '../../fixtures/caller'
import { testServices, type TestServices } from '../../fixtures/services'

const NOW = '2026-11-30T02:00:00.000Z'
let services: TestServices
let filesDir: string

beforeAll(async () => {
  const store = await NedbStore.open()
  filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-committee-'))
  await loadDemo(store, filesDir, new Date(NOW), createVault(randomBytes(32)))
  services = await testServices(NOW, store)
})
afterAll(() => fs.rmSync(filesDir, { recursive: true, force: true }))

const chair = () => createCaller('org', services, { openid: DEMO_OPENIDS.chair })
const streetChair = () => createCaller('org', services, { openid: DEMO_OPENIDS.streetChair })

test('和美社区 recorded a 执委会 about two months ago: every 执委 called, all present but one 请假 with her reason', async () => {
  const orgId = orgIdOf(DEMO_CODES.community)
  const { items } = await chair().listCommittees({ orgId })
  // and last December's, where the demo's past 述职评议 was held (server/demo/appraisal.ts)
  expect(items).toHaveLength(2)
  const meeting = items[0]!
  expect(meeting.status).toBe('recorded')
  const daysAgo = (Date.parse(NOW) - Date.parse(meeting.startsAt)) / 86_400_000
  expect(daysAgo).toBeGreaterThan(55)
  expect(daysAgo).toBeLessThan(65)
  const { members } = await chair().get({ orgId })
  const committee = members.filter((m) => m.status === 'active' && heldToDuty(m.post)).map((m) => m._id)
  expect([...meeting.invitedMemberIds].sort()).toEqual([...committee].sort())
  const excused = meeting.attendance.filter((a) => a.status === 'excused')
  expect(excused).toHaveLength(1)
  expect(excused[0]!.reason).not.toBe('')
  expect(meeting.attendance.filter((a) => a.status === 'present')).toHaveLength(committee.length - 1)
  expect(meeting.minutes.length).toBeGreaterThan(10)
})

test('the half-year warning: none for 和美社区, still there for the 村 that held no 执委会', async () => {
  const kinds = async (code: string) => (await streetChair().get({ orgId: orgIdOf(code) })).warnings.map((w) => w.kind)
  expect(await kinds(DEMO_CODES.community)).not.toContain('noCommittee')
  expect(await kinds(DEMO_CODES.village)).toContain('noCommittee')
  expect((await streetChair().listCommittees({ orgId: orgIdOf(DEMO_CODES.village) })).items).toEqual([])
})

test('last December’s 述职评议 of 和美社区 is closed with results: 合格 and one 不合格, a shortlist, and no 劝退 proposal from one year', async () => {
  const orgId = orgIdOf(DEMO_CODES.community)
  const year = Number(NOW.slice(0, 4)) - 1
  const results = await chair().appraisalResults({ orgId, year })
  expect(results.rows.length).toBeGreaterThan(3)
  expect(results.rows.every((row) => row.total === 8)).toBe(true)
  expect(results.rows.filter((row) => row.verdict === 'fail')).toHaveLength(1)
  expect(results.shortlist.length).toBe(results.rows.length - 1)
  expect(results.years).toContain(year)
  const { warnings } = await chair().get({ orgId })
  expect(warnings.map((w) => w.kind)).not.toContain('appraisalFailed')
})
