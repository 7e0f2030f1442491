// Her own data: she exports everything she filed, as she sees it (never the staff's
// notes, never another woman's case), and she deletes a request — an open one is first
// closed as 本人撤回 — which leaves an anonymous case for the statistics and the whole
// audit trail, and nothing she wrote.
import type { AuditDoc, RequestDoc, RequestEventDoc } from '../../../types'
import type { TestServices } from '../../fixtures/services'
import { caseIn, OTHER_RESIDENT, requestServices, SECRETS, staffView, step, submitCase } from './fixtures/requestsTree'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const requestsAs = (who: Who) => createCaller('requests', services, who)
beforeEach(async () => {
  services = await requestServices()
})

test('exportMine: all of hers with her details and timeline, none of the staff notes, none of anyone else’s', async () => {
  const { id, version } = await caseIn(services, 'inProgress')
  await step(services, 'member', id, version, { kind: 'note', text: '内部判断：风险较高' })
  const second = await submitCase(services, 'resident', { category: 'legal' })
  await submitCase(services, OTHER_RESIDENT, { description: '另一位居民的求助内容' })
  const data = await requestsAs('resident').exportMine({})
  expect(data.exportedAt).toBe('2026-11-23T02:00:00.000Z')
  expect(data.requests.map((r) => r._id).sort()).toEqual([id, second._id].sort())
  expect(data.requests.every((r) => r.kind === 'requester' && r.personal.description === SECRETS.description)).toBe(true)
  const text = JSON.stringify(data)
  expect(text).not.toContain('风险较高')
  expect(text).not.toContain('另一位居民')
  expect(await services.store.find<AuditDoc>('audit', { action: 'exportMine' })).toEqual([expect.objectContaining({ outcome: 'read', summary: '本人导出了自己的求助（2 条）' })])
})

test('deleteMine on an open case: closed as 本人撤回 on the record, then anonymised; gone from her list', async () => {
  const { id, code } = await caseIn(services, 'accepted')
  expect(await requestsAs('resident').reply('deleteMine', { caseId: id })).toEqual({ ok: true, data: { deleted: true } })
  const doc = (await services.store.getById<RequestDoc>('requests', id)) as RequestDoc
  expect(doc).toMatchObject({
    state: 'closed',
    closure: { reason: 'withdrawn', note: '' },
    personal: '',
    requesterOpenid: null,
    anonymisedAt: '2026-11-23T02:00:00.000Z',
    category: 'domesticViolence',
  })
  const events = await services.store.find<RequestEventDoc>('request_events', { caseId: id }, { sort: { seq: 1 } })
  expect(events.map((e) => e.step)).toEqual(['submit', 'accept', 'withdraw'])
  expect(events.every((e) => e.text === '')).toBe(true)
  expect(await requestsAs('resident').listMine({})).toEqual({ requests: [] })
  expect(await requestsAs('resident').reply('get', { caseId: id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  const staff = staffView(await requestsAs('chair').get({ caseId: id }))
  expect(staff).toMatchObject({ code, state: 'closed', personal: { description: '', phone: '' } })
  expect(await services.store.find<AuditDoc>('audit', { action: 'deleteMine' })).toEqual([expect.objectContaining({ summary: `本人删除了求助 ${code}，已匿名化` })])
})

test('deleteMine on a closed case keeps its closure reason and its audit trail', async () => {
  const { id } = await caseIn(services, 'closed')
  const auditBefore = await services.store.find<AuditDoc>('audit', {}, { sort: { _id: 1 } })
  await requestsAs('resident').deleteMine({ caseId: id })
  expect(await services.store.getById<RequestDoc>('requests', id)).toMatchObject({ closure: { reason: 'resolved', note: '' }, personal: '' })
  expect(await services.store.find<AuditDoc>('audit', {}, { sort: { _id: 1 } })).toEqual(expect.arrayContaining(auditBefore))
})

test('nobody else may delete it: another resident, the chair, the assigned member — NOT_FOUND, nothing changes', async () => {
  const { id } = await caseIn(services, 'accepted')
  const before = await services.store.getById<RequestDoc>('requests', id)
  for (const who of [OTHER_RESIDENT, 'chair', 'member'] as const) {
    expect(await requestsAs(who).reply('deleteMine', { caseId: id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  }
  expect(await services.store.getById<RequestDoc>('requests', id)).toEqual(before)
})

test('a second delete is NOT_FOUND: the case is no longer hers to find', async () => {
  const ref = await submitCase(services)
  await requestsAs('resident').deleteMine({ caseId: ref._id })
  expect(await requestsAs('resident').reply('deleteMine', { caseId: ref._id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
})
