// A create retried with the same requestId (a flaky network, a double tap) returns the
// first result: one member, one area, one activity, one child body, one audit entry.
import type { CollectionName } from '../../../cloudfunctions/common/store/port'
import type { AuditDoc } from '../../../types'
import type { ActionInput, ActionName } from '../../../types/contracts'
import type { TestServices } from '../../fixtures/services'
import { consoleServices, SAMPLE_MEMBER } from './fixtures/consoleTree'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const orgAs = (who: Who) => createCaller('org', services, who)
beforeEach(async () => {
  services = await consoleServices()
})

const member = { ...SAMPLE_MEMBER, termStart: null, termEnd: null }
/** A create, the collection it adds to, and a payload. */
type Create = { [A in ActionName<'org'>]: [action: A, collection: CollectionName, payload: ActionInput<'org', A>] }[ActionName<'org'>]
const CREATES: Create[] = [
  ['saveMember', 'members', { orgId: 'comm', fields: member, coverAreaIds: ['a3'] }],
  ['saveArea', 'areas', { orgId: 'comm', fields: { name: '9栋', kind: 'building', memberId: null, backupMemberId: null } }],
  ['saveActivity', 'activities', { orgId: 'comm', fields: { title: '读书会', status: 'planned', date: '2026-12-20', place: '', summary: '', resultText: '', photos: [] } }],
  ['addChild', 'orgs', { orgId: 'comm', name: '幸福社区书香妇女微家', level: 'microHome' }],
]

test.each(CREATES)('%s twice with one requestId makes one %s and one audit entry', async (action, collection, payload) => {
  const before = await services.store.count(collection, {})
  const first = await orgAs('chair').call(action, payload, 'req-0001-abc')
  const again = await orgAs('chair').call(action, payload, 'req-0001-abc')
  expect(again).toEqual(first)
  expect(await services.store.count(collection, {})).toBe(before + 1)
  expect(await services.store.count('audit', { action })).toBe(1)
})

test('two deliveries of one request at the same time still make one member', async () => {
  const payload = { orgId: 'comm', fields: member, coverAreaIds: ['a3'] }
  const replies = await Promise.all([1, 2].map(() => orgAs('chair').reply('saveMember', payload, 'req-race-0001')))
  expect(replies.map((r) => r.ok)).toEqual([true, true])
  expect(await services.store.count('members', { name: '王桂芳' })).toBe(1)
  expect(await services.store.count('audit', { action: 'saveMember' })).toBe(1)
})

test('different requestIds, or none, make separate members', async () => {
  await orgAs('chair').saveMember({ orgId: 'comm', fields: member }, 'req-0001-abc')
  await orgAs('chair').saveMember({ orgId: 'comm', fields: member }, 'req-0002-abc')
  await orgAs('chair').saveMember({ orgId: 'comm', fields: member })
  expect(await services.store.count('members', { name: '王桂芳' })).toBe(3)
})

test('the same requestId from another chair is her own request, not a replay of the first', async () => {
  await orgAs('chair').saveMember({ orgId: 'comm', fields: member }, 'req-0001-abc')
  await orgAs('viceChair').saveMember({ orgId: 'comm', fields: member }, 'req-0001-abc')
  expect(await services.store.count('members', { name: '王桂芳' })).toBe(2)
  expect((await services.store.find<AuditDoc>('audit', { action: 'saveMember' })).map((e) => e.actorName).sort()).toEqual(['李主席', '王副主席'])
})
