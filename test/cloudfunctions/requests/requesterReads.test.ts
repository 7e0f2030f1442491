// Her own reads are in the audit trail too: opening her case, listing her requests and
// exporting them each leave a `read` entry under her openid, aimed at what she read,
// with no word of the case in it — and none of it shows in the chair's 变更记录, where
// when she looks at her own case is nobody's business.
import type { AuditDoc } from '../../../types'
import type { TestServices } from '../../fixtures/services'
import { createCaller, type Who } from '../../fixtures/caller'
import { CALLERS, COMM, OTHER_RESIDENT, requestServices, SECRETS, submitCase } from './fixtures/requestsTree'

let services: TestServices
const requestsAs = (who: Who) => createCaller('requests', services, who)
beforeEach(async () => {
  services = await requestServices()
})

const readsBy = (openid: string) => services.store.find<AuditDoc>('audit', { outcome: 'read', actor: openid })

function expectNoCaseContent(entries: AuditDoc[]): void {
  const text = JSON.stringify(entries)
  for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret)
  expect(text).not.toMatch(/v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\./)
}

test('opening her own case is recorded as her read of that case, with the code only', async () => {
  const ref = await submitCase(services)
  await requestsAs('resident').get({ caseId: ref._id })
  await requestsAs('resident').get({ caseId: ref._id })
  const reads = await readsBy(CALLERS.resident)
  expect(reads).toHaveLength(2)
  expect(reads[0]).toMatchObject({
    fn: 'requests',
    action: 'get',
    outcome: 'read',
    target: { collection: 'requests', id: ref._id },
    summary: `本人查看了求助 ${ref.code}`,
    changes: [],
  })
  expectNoCaseContent(reads)
})

test('listing her requests is recorded with how many, and an empty list is nothing to record', async () => {
  await requestsAs(OTHER_RESIDENT).listMine({})
  expect(await readsBy(OTHER_RESIDENT.openid as string)).toEqual([])
  await submitCase(services)
  await submitCase(services, 'resident', { category: 'employment' })
  await requestsAs('resident').listMine({})
  const reads = await readsBy(CALLERS.resident)
  expect(reads).toEqual([expect.objectContaining({ fn: 'requests', action: 'listMine', target: null, summary: '本人查看了自己的求助列表（2 条）' })])
  expectNoCaseContent(reads)
})

test('exporting is recorded as before; none of her reads reaches the chair’s 变更记录', async () => {
  const ref = await submitCase(services)
  const mine = requestsAs('resident')
  await mine.get({ caseId: ref._id })
  await mine.listMine({})
  await mine.exportMine({})
  const reads = await readsBy(CALLERS.resident)
  expect(reads.map((r) => r.action).sort()).toEqual(['exportMine', 'get', 'listMine'])
  expect(reads.every((r) => r.orgId === null)).toBe(true)
  expectNoCaseContent(reads)
  const { entries } = await createCaller('org', services, 'chair').history({ orgId: COMM })
  expect(entries.filter((e) => e.outcome === 'read')).toEqual([])
})

test('a staff read is recorded as before, under her name, and is not taken for hers', async () => {
  const ref = await submitCase(services)
  await requestsAs('chair').get({ caseId: ref._id })
  expect(await readsBy(CALLERS.resident)).toEqual([])
  expect(await readsBy(CALLERS.chair)).toEqual([expect.objectContaining({ actorName: '李主席', orgId: COMM, summary: `查看了求助 ${ref.code}` })])
})
