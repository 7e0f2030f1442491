// requests.fileOnBehalf: a member files for a woman she visited, or who wrote or called.
// The channel is tagged, consent is verbal with its date, the case has no openid, and
// only the federation's own staff (or the chair above) may file.
import type { AuditDoc, OrgStatsDoc, RequestDoc } from '../../../types'
import type { ActionInput } from '../../../types/contracts'
import { cutOffOnce } from '../../fixtures/cutOff'
import { snapshotStore } from '../../fixtures/snapshot'
import type { TestServices } from '../../fixtures/services'
import { COMM, IDS, ON_BEHALF, requestServices, SECRETS, staffView } from './fixtures/requestsTree'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const requestsAs = (who: Who) => createCaller('requests', services, who)
beforeEach(async () => {
  services = await requestServices()
})

async function file(who: Who, over: Partial<ActionInput<'requests', 'fileOnBehalf'>> = {}) {
  return requestsAs(who).reply('fileOnBehalf', { ...ON_BEHALF, ...over })
}

test('a member files after a visit: channel tagged, verbal consent with its date, no openid, filed by her', async () => {
  const { request } = await requestsAs('member').fileOnBehalf({ ...ON_BEHALF, channel: 'hotline' })
  const doc = await services.store.getById<RequestDoc>('requests', request._id)
  expect(doc).toMatchObject({
    orgId: COMM,
    state: 'submitted',
    channel: 'hotline',
    requesterOpenid: null,
    filedByMemberId: IDS.memberA,
    consent: { kind: 'verbal', verbalDate: '2026-11-22', at: '2026-11-23T02:00:00.000Z' },
  })
  const staff = staffView(await requestsAs('chair').get({ caseId: request._id }))
  expect(staff).toMatchObject({ filedBy: { id: IDS.memberA, name: '张执委' }, channel: 'hotline', personal: { description: SECRETS.description } })
  expect(staff.timeline[0]).toMatchObject({ step: 'submit', actorName: '张执委' })
  const audit = await services.store.find<AuditDoc>('audit', { action: 'fileOnBehalf' })
  expect(audit).toEqual([expect.objectContaining({ actorName: '张执委', summary: `代为登记了求助 ${request.code}` })])
})

test('the chair of the street above may file for a community', async () => {
  expect(await file('ancestorChair')).toMatchObject({ ok: true })
})

test('residents and staff of other federations are FORBIDDEN and nothing is kept', async () => {
  const before = await snapshotStore(services.store)
  for (const who of ['resident', 'unrelatedChair', 'unrelatedStaff'] as const) {
    expect(await file(who)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  }
  const after = await snapshotStore(services.store)
  expect(after.requests).toEqual(before.requests)
  expect(after.request_events).toEqual(before.request_events)
})

test('a consent date after today, an under-14, or self as channel is refused', async () => {
  expect(await file('member', { verbalConsentDate: '2026-11-24' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'verbalConsentDate' }] } })
  expect(await file('member', { ageBand: 'under14' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'ageBand' }] } })
  expect(await requestsAs('member').raw('fileOnBehalf', { ...ON_BEHALF, channel: 'self' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  expect(await services.store.count('requests', {})).toBe(0)
})

test('a retried filing (same requestId) is one case', async () => {
  const first = await requestsAs('member').reply('fileOnBehalf', ON_BEHALF, 'visit-2026-11-22')
  const again = await requestsAs('member').reply('fileOnBehalf', ON_BEHALF, 'visit-2026-11-22')
  expect(again).toEqual(first)
  expect(await services.store.count('requests', {})).toBe(1)
})

test('a filing cut off after the case was kept is completed by its retry: counted, audited, the chairs told, once', async () => {
  cutOffOnce(services.store, 'insert', 'audit')
  expect(await requestsAs('member').reply('fileOnBehalf', ON_BEHALF, 'req-behalf-cut1')).toMatchObject({ ok: false })
  const stats = () => services.store.getById<OrgStatsDoc>('org_stats', `${COMM}_2026`)
  expect(await services.store.count('requests', {})).toBe(1)
  await requestsAs('member').fileOnBehalf(ON_BEHALF, 'req-behalf-cut1')
  await requestsAs('member').fileOnBehalf(ON_BEHALF, 'req-behalf-cut1')
  expect(await services.store.count('requests', {})).toBe(1)
  expect((await stats())?.requests?.total).toBe(1)
  expect(await services.store.count('audit', { fn: 'requests', action: 'fileOnBehalf' })).toBe(1)
  expect(await services.store.count('outbox', { 'data.thing': '有新的求助待受理' })).toBe(2)
})
