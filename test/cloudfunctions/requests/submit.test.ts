// requests.submit and requests.terms: she files a case after the consent step; a retry
// never makes a second one; five an hour; under-14s are routed to a guardian or a
// hotline; private text is never content-checked; the chairs are told without detail.
import type { AuditDoc, OutboxDoc, RequestDoc, RequestEventDoc } from '../../../types'
import { CONSENT_VERSION, DEFAULT_RETENTION_DAYS } from '../../../types'
import { eventId } from '../../../cloudfunctions/requests/lib/transition'
import { cutOffOnce } from '../../fixtures/cutOff'
import { snapshotStore } from '../../fixtures/snapshot'
import type { TestServices } from '../../fixtures/services'
import { CALLERS, COMM, IDS, OTHER_RESIDENT, requestServices, RISKY_WORD, SUBMISSION, submitCase } from './fixtures/requestsTree'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const requestsAs = (who: Who) => createCaller('requests', services, who)
beforeEach(async () => {
  services = await requestServices()
})

test('terms: the consent version and the retention period, to anybody', async () => {
  expect(await requestsAs('anonymous').reply('terms', {})).toEqual({ ok: true, data: { consentVersion: CONSENT_VERSION, retentionDays: DEFAULT_RETENTION_DAYS } })
})

test('a submitted case: its code, 已提交, in the chair’s queue, her openid, consent in the app, timeline event 1', async () => {
  const ref = await submitCase(services)
  expect(ref).toEqual({ _id: expect.any(String), code: expect.stringMatching(/^QZ-[23456789A-HJ-NP-Z]{8}$/), state: 'submitted' })
  const doc = await services.store.getById<RequestDoc>('requests', ref._id)
  expect(doc).toMatchObject({
    version: 1,
    orgId: COMM,
    orgAncestorIds: ['street'],
    state: 'submitted',
    channel: 'self',
    requesterOpenid: CALLERS.resident,
    filedByMemberId: null,
    consent: { kind: 'inApp', version: CONSENT_VERSION, at: '2026-11-23T02:00:00.000Z', verbalDate: null },
    contactChannel: 'sms',
    doNotCall: true,
    queuedAt: '2026-11-23T02:00:00.000Z',
    assigneeId: null,
    anonymisedAt: null,
  })
  const events = await services.store.find<RequestEventDoc>('request_events', { caseId: ref._id })
  expect(events).toEqual([expect.objectContaining({ _id: eventId(ref._id, 1), seq: 1, step: 'submit', from: null, to: 'submitted', actor: 'requester' })])
})

test('the chairs are told a case waits, with no detail; the submit is audited with the code only', async () => {
  const ref = await submitCase(services)
  const outbox = await services.store.find<OutboxDoc>('outbox', {})
  expect(outbox.map((m) => m.openid).sort()).toEqual([CALLERS.chair, CALLERS.viceChair].sort())
  expect(outbox.every((m) => m.data.thing === '有新的求助待受理' && m.page === `staff/pages/request/index?caseId=${ref._id}`)).toBe(true)
  const audit = await services.store.find<AuditDoc>('audit', { fn: 'requests' })
  expect(audit).toEqual([expect.objectContaining({ action: 'submit', outcome: 'changed', summary: `提交了求助 ${ref.code}`, target: { collection: 'requests', id: ref._id } })])
})

test('the same requestId twice (or in parallel) is one case with one event 1', async () => {
  const replies = await Promise.all([0, 1, 2].map(() => requestsAs('resident').reply('submit', SUBMISSION, 'req-same-0001')))
  const again = await requestsAs('resident').reply('submit', SUBMISSION, 'req-same-0001')
  const ids = [...replies, again].map((r) => (r.ok ? r.data.request._id : r.error.code))
  expect(new Set(ids).size).toBe(1)
  expect(await services.store.count('requests', {})).toBe(1)
  expect(await services.store.count('request_events', { seq: 1 })).toBe(1)
  expect(await services.store.count('audit', { action: 'submit' })).toBe(1)
})

test('a submit cut short after its event is completed by the retry, not duplicated', async () => {
  const first = await requestsAs('resident').submit(SUBMISSION, 'req-halfdone-01')
  await services.store.remove('requests', { _id: first.request._id })
  const retry = await requestsAs('resident').submit(SUBMISSION, 'req-halfdone-01')
  expect(retry).toEqual(first)
  expect(await services.store.count('requests', {})).toBe(1)
  expect(await services.store.count('request_events', {})).toBe(1)
})

describe('a submit cut off after the case was kept', () => {
  const auditOf = () => services.store.find<AuditDoc>('audit', { fn: 'requests', action: 'submit' })
  const told = async () => (await services.store.find<OutboxDoc>('outbox', {})).map((m) => m.openid).sort()
  const CHAIRS = [CALLERS.chair, CALLERS.viceChair].sort()

  test('before its audit line: the retry records it and tells the chairs; a third delivery adds nothing', async () => {
    cutOffOnce(services.store, 'insert', 'audit')
    expect(await requestsAs('resident').reply('submit', SUBMISSION, 'req-cutoff-01')).toMatchObject({ ok: false })
    expect(await services.store.count('requests', {})).toBe(1)
    expect(await auditOf()).toEqual([])
    expect(await told()).toEqual([])
    const retry = await requestsAs('resident').submit(SUBMISSION, 'req-cutoff-01')
    expect(await auditOf()).toEqual([expect.objectContaining({ summary: `提交了求助 ${retry.request.code}`, target: { collection: 'requests', id: retry.request._id } })])
    expect(await told()).toEqual(CHAIRS)
    expect(await requestsAs('resident').submit(SUBMISSION, 'req-cutoff-01')).toEqual(retry)
    expect(await auditOf()).toHaveLength(1)
    expect(await told()).toEqual(CHAIRS)
  })

  test('between its audit line and the chairs: the retry tells each chair once and records nothing twice', async () => {
    cutOffOnce(services.store, 'find', 'members')
    expect(await requestsAs('resident').reply('submit', SUBMISSION, 'req-cutoff-02')).toMatchObject({ ok: false })
    expect(await auditOf()).toHaveLength(1)
    expect(await told()).toEqual([])
    await requestsAs('resident').submit(SUBMISSION, 'req-cutoff-02')
    await requestsAs('resident').submit(SUBMISSION, 'req-cutoff-02')
    expect(await auditOf()).toHaveLength(1)
    expect(await told()).toEqual(CHAIRS)
  })

  test('a retry that comes after a chair took the case up tells no one it waits', async () => {
    cutOffOnce(services.store, 'find', 'members')
    expect(await requestsAs('resident').reply('submit', SUBMISSION, 'req-cutoff-03')).toMatchObject({ ok: false })
    const [doc] = await services.store.find<RequestDoc>('requests', {})
    // the chair found it in her queue and accepted it
    await requestsAs('chair').act({ caseId: doc!._id, version: 1, step: { kind: 'accept', assigneeId: IDS.memberA, backupId: IDS.memberB } })
    await requestsAs('resident').submit(SUBMISSION, 'req-cutoff-03')
    expect(await services.store.count('outbox', { 'data.thing': '有新的求助待受理' })).toBe(0)
    expect(await auditOf()).toHaveLength(1)
  })
})

test('the sixth submit within the hour is RATE_LIMITED in Chinese, pointing to 110 / 12338; other women are not limited', async () => {
  for (let i = 0; i < 5; i++) await submitCase(services)
  const before = await snapshotStore(services.store)
  const sixth = await requestsAs('resident').reply('submit', SUBMISSION)
  expect(sixth).toEqual({ ok: false, error: { code: 'RATE_LIMITED', message: '提交太频繁了，请一小时后再试；情况紧急请拨打 110 或 12338' } })
  expect(await snapshotStore(services.store)).toEqual(before)
  expect(await requestsAs(OTHER_RESIDENT).reply('submit', SUBMISSION)).toMatchObject({ ok: true })
  services.clock.set('2026-11-23T03:00:00.000Z')
  expect(await requestsAs('resident').reply('submit', SUBMISSION)).toMatchObject({ ok: true })
})

test('under 14: refused on ageBand with the guardian / hotline path, nothing kept', async () => {
  const before = await snapshotStore(services.store)
  const reply = await requestsAs('resident').reply('submit', { ...SUBMISSION, ageBand: 'under14' })
  expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'ageBand' }] } })
  if (!reply.ok) expect(reply.error.message).toMatch(/监护人.*12338.*110/)
  expect(await snapshotStore(services.store)).toEqual(before)
})

test('no consent, or consent to an older text, is refused', async () => {
  expect(await requestsAs('resident').raw('submit', { ...SUBMISSION, consent: false })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', issues: [{ field: 'consent', message: '请先阅读并同意《个人信息使用说明》' }] },
  })
  expect(await requestsAs('resident').reply('submit', { ...SUBMISSION, consentVersion: '2020-01' })).toMatchObject({
    ok: false,
    error: {
      code: 'INVALID_INPUT',
      message: expect.stringContaining(`您同意的《个人信息使用说明》是 2020-01 版，现在用的是 ${CONSENT_VERSION} 版`),
      issues: [{ field: 'consentVersion', message: expect.stringContaining('2020-01 版') }],
    },
  })
  expect(await services.store.count('requests', {})).toBe(0)
})

test('phone is optional; an openid in the payload is refused', async () => {
  expect(await requestsAs('resident').reply('submit', { ...SUBMISSION, phone: '' })).toMatchObject({ ok: true })
  expect(await requestsAs('resident').raw('submit', { ...SUBMISSION, openid: 'someone-else' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
})

test('private text is never content-checked: words the check would refuse are filed', async () => {
  expect(await requestsAs('resident').reply('submit', { ...SUBMISSION, description: `他骂我${RISKY_WORD}还动手` })).toMatchObject({ ok: true })
})

test('signing in is required; an unknown federation is NOT_FOUND', async () => {
  expect(await requestsAs('anonymous').reply('submit', SUBMISSION)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  expect(await requestsAs('resident').reply('submit', { ...SUBMISSION, orgId: 'nowhere' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
})
