// A create retried with the same requestId (a flaky network, a double tap) returns the
// first result: one member, one area, one activity, one child body, one audit entry.
import type { AuditDoc } from '../../../types'
import type { TestServices } from '../../fixtures/services'
import { callOrg, consoleServices, okData } from './fixtures/consoleTree'

let services: TestServices
beforeEach(async () => {
  services = await consoleServices()
})

const member = { name: '王桂芳', post: 'member', phone: '13912345678', photoUrl: null, specialty: '', onDutyMonth: 3, termStart: null, termEnd: null }
const CREATES: [string, string, Record<string, unknown>, string][] = [
  ['saveMember', 'members', { orgId: 'comm', fields: member, coverAreaIds: ['a3'] }, 'member'],
  ['saveArea', 'areas', { orgId: 'comm', fields: { name: '9栋', kind: 'building', memberId: null, backupMemberId: null } }, 'area'],
  ['saveActivity', 'activities', { orgId: 'comm', fields: { title: '读书会', status: 'planned', date: '2026-12-20', place: '', summary: '', resultText: '', photos: [] } }, 'activity'],
  ['addChild', 'orgs', { orgId: 'comm', name: '幸福社区书香妇女微家', level: 'microHome' }, 'child'],
]

test.each(CREATES)('%s twice with one requestId makes one %s and one audit entry', async (action, collection, payload, key) => {
  const before = await services.store.count(collection as 'members', {})
  const first = await okData<Record<string, unknown>>(callOrg(services, 'chair', action, payload, 'req-0001-abc'))
  const again = await okData<Record<string, unknown>>(callOrg(services, 'chair', action, payload, 'req-0001-abc'))
  expect(again[key]).toEqual(first[key])
  expect(await services.store.count(collection as 'members', {})).toBe(before + 1)
  expect(await services.store.count('audit', { action })).toBe(1)
})

test('two deliveries of one request at the same time still make one member', async () => {
  const payload = CREATES[0][2]
  const replies = await Promise.all([1, 2].map(() => callOrg(services, 'chair', 'saveMember', payload, 'req-race-0001')))
  expect(replies.map((r) => r.ok)).toEqual([true, true])
  expect(await services.store.count('members', { name: '王桂芳' })).toBe(1)
  expect(await services.store.count('audit', { action: 'saveMember' })).toBe(1)
})

test('different requestIds, or none, make separate members', async () => {
  await okData(callOrg(services, 'chair', 'saveMember', { orgId: 'comm', fields: member }, 'req-0001-abc'))
  await okData(callOrg(services, 'chair', 'saveMember', { orgId: 'comm', fields: member }, 'req-0002-abc'))
  await okData(callOrg(services, 'chair', 'saveMember', { orgId: 'comm', fields: member }))
  expect(await services.store.count('members', { name: '王桂芳' })).toBe(3)
})

test('the same requestId from another chair is her own request, not a replay of the first', async () => {
  await okData(callOrg(services, 'chair', 'saveMember', { orgId: 'comm', fields: member }, 'req-0001-abc'))
  await okData(callOrg(services, 'viceChair', 'saveMember', { orgId: 'comm', fields: member }, 'req-0001-abc'))
  expect(await services.store.count('members', { name: '王桂芳' })).toBe(2)
  expect((await services.store.find<AuditDoc>('audit', { action: 'saveMember' })).map((e) => e.actorName).sort()).toEqual(['李主席', '王副主席'])
})
