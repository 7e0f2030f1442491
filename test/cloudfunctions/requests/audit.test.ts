// The audit trail of help requests: every refused look at a case is recorded (refused,
// aimed at the case), every staff read is recorded (read), every write is recorded
// (changed) — and none of it holds a word of what she told us, in clear or sealed, so
// the trail can outlive her deleting the case.
import type { Filter } from '../../../cloudfunctions/common/store/port'
import type { AuditDoc, RequestDoc, RequestStepInput } from '../../../types'
import type { TestServices } from '../../fixtures/services'
import { CALLERS, COMM, IDS, ON_BEHALF, requestServices, SECRETS, SUBMISSION } from './fixtures/requestsTree'
import { createCaller, type ActionCall } from '../../fixtures/caller'

const REQUESTER = 'oid-requester'
/** 陈执委 of 幸福社区, bound for these tests; she is assigned the case */
const ASSIGNEE = 'oid-assignee'

/** Free text written on the case by staff and by her: none of it may reach the audit. */
const NOTES = { note: '邻居说常听到争吵', message: '我们明天上午联系您', contact: '短信约定了面谈时间', refer: '陪同到派出所报案', close: '保护令已获批', addInfo: '他换了门锁' }
const WORDS = [...Object.values(SECRETS), ...Object.values(NOTES)]

let services: TestServices
/** Calls as whoever signs in with `openid`. */
const requestsAs = (openid: string | null) => createCaller('requests', services, { openid })
beforeEach(async () => {
  services = await requestServices()
  await services.store.update('members', { _id: IDS.memberB }, { $set: { openid: ASSIGNEE } })
})

const caseOf = async (caseId: string) => (await services.store.getById<RequestDoc>('requests', caseId))!
async function act(openid: string, caseId: string, step: RequestStepInput): Promise<void> {
  await requestsAs(openid).act({ caseId, version: (await caseOf(caseId)).version, step })
}
const auditOf = (filter: Filter) => services.store.find<AuditDoc>('audit', filter)

/** The audit entries matching `filter` that `run` added. */
async function added(filter: Filter, run: () => Promise<unknown>): Promise<AuditDoc[]> {
  const before = new Set((await auditOf(filter)).map((e) => e._id))
  await run()
  return (await auditOf(filter)).filter((e) => !before.has(e._id))
}

async function submitted(): Promise<string> {
  const { request } = await requestsAs(REQUESTER).submit(SUBMISSION)
  return request._id
}

async function accepted(): Promise<string> {
  const caseId = await submitted()
  await act(CALLERS.chair, caseId, { kind: 'accept', assigneeId: IDS.memberB, backupId: null })
  return caseId
}

/** No plaintext she or the staff wrote, and no sealed value either (a key would open it after deletion). */
function expectNothingPersonal(entries: AuditDoc[]): void {
  const text = JSON.stringify(entries)
  for (const secret of WORDS) expect(text).not.toContain(secret)
  expect(text).not.toMatch(/v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\./)
}

test('every refused look at a case is recorded as refused, aimed at the case, with no personal text', async () => {
  const caseId = await accepted()
  const attempts: [string, ...ActionCall<'requests'>][] = [
    [CALLERS.resident, 'get', { caseId }],
    [CALLERS.resident, 'act', { caseId, version: 3, step: { kind: 'note', text: NOTES.note } }],
    [CALLERS.resident, 'deleteMine', { caseId }],
    [CALLERS.member, 'get', { caseId }],
    [CALLERS.ancestorChair, 'get', { caseId }],
    [CALLERS.unrelatedChair, 'act', { caseId, version: 3, step: { kind: 'close', reason: 'resolved', note: NOTES.close } }],
    [REQUESTER, 'act', { caseId, version: 3, step: { kind: 'reassign', assigneeId: IDS.memberA, backupId: null } }],
  ]
  for (const [openid, action, payload] of attempts) {
    const refusals = await added({ outcome: 'refused' }, async () => {
      expect(await requestsAs(openid).reply(action, payload)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到这条求助' } })
    })
    expect(refusals).toMatchObject([{ actor: openid, fn: 'requests', orgId: COMM, target: { collection: 'requests', id: caseId } }])
  }
  expect((await caseOf(caseId)).version).toBe(2)
  expectNothingPersonal(await auditOf({}))
})

test('a probe for a case id that does not exist is recorded too, with the id tried', async () => {
  expect(await requestsAs(CALLERS.resident).reply('get', { caseId: 'guessed-id' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  expect(await auditOf({ outcome: 'refused' })).toMatchObject([{ actor: CALLERS.resident, target: { collection: 'requests', id: 'guessed-id' } }])
})

test('every staff read of a case is recorded as read: the chair, a vice-chair, the assignee, the 街道 chair after escalation', async () => {
  const caseId = await accepted()
  await act(ASSIGNEE, caseId, { kind: 'escalate', note: '需要街道协调' })
  for (const openid of [CALLERS.chair, CALLERS.viceChair, ASSIGNEE, CALLERS.ancestorChair]) {
    const reads = await added({ outcome: 'read' }, () => requestsAs(openid).get({ caseId }))
    expect(reads).toMatchObject([{ actor: openid, fn: 'requests', target: { collection: 'requests', id: caseId } }])
  }
  expectNothingPersonal(await auditOf({}))
})

/** Every write of the case's life, by who takes it. */
function journey(caseId: string): [string, () => Promise<unknown>][] {
  const step = (openid: string, body: RequestStepInput) => () => act(openid, caseId, body)
  return [
    ['accept', step(CALLERS.chair, { kind: 'accept', assigneeId: IDS.memberB, backupId: null })],
    ['note', step(ASSIGNEE, { kind: 'note', text: NOTES.note })],
    ['message', step(ASSIGNEE, { kind: 'message', text: NOTES.message })],
    ['contact', step(ASSIGNEE, { kind: 'contact', how: 'sms', note: NOTES.contact })],
    ['addInfo', step(REQUESTER, { kind: 'addInfo', text: NOTES.addInfo })],
    ['refer', step(ASSIGNEE, { kind: 'refer', body: 'police', note: NOTES.refer })],
    ['updateReferral', async () => act(ASSIGNEE, caseId, { kind: 'updateReferral', referralId: (await caseOf(caseId)).referrals[0]!.id, status: 'done', note: '' })],
    ['reassign', step(CALLERS.viceChair, { kind: 'reassign', assigneeId: IDS.memberB, backupId: IDS.memberA })],
    ['escalate', step(CALLERS.chair, { kind: 'escalate', note: '需要街道协调' })],
    ['scheduleFollowUp', step(ASSIGNEE, { kind: 'scheduleFollowUp', dueDate: '2026-12-10', note: '' })],
    ['recordFollowUp', step(ASSIGNEE, { kind: 'recordFollowUp', note: '回访：已搬到娘家' })],
    ['close', step(CALLERS.ancestorChair, { kind: 'close', reason: 'resolved', note: NOTES.close })],
    ['rate', step(REQUESTER, { kind: 'rate', score: 4, comment: '谢谢你们' })],
    ['reopen', step(CALLERS.chair, { kind: 'reopen', reason: '本人再次来电' })],
    ['withdraw', step(REQUESTER, { kind: 'withdraw', reason: '' })],
  ]
}

test('every write is recorded as changed, by whoever made it, with no personal text', async () => {
  let caseId = ''
  const filing = await added({ outcome: 'changed' }, async () => (caseId = await submitted()))
  expect(filing).toMatchObject([{ actor: REQUESTER, fn: 'requests', orgId: COMM, target: { collection: 'requests', id: caseId } }])
  for (const [name, write] of journey(caseId)) {
    const changes = await added({ outcome: 'changed', 'target.id': caseId }, write)
    expect({ name, changes }).toMatchObject({ name, changes: [{ fn: 'requests', orgId: COMM }] })
  }
  const filed = await requestsAs(CALLERS.member).fileOnBehalf({ ...ON_BEHALF, channel: 'hotline' })
  expect(await auditOf({ outcome: 'changed', 'target.id': filed.request._id })).toMatchObject([{ actor: CALLERS.member, fn: 'requests' }])
  expectNothingPersonal(await auditOf({}))
})

test('the audit trail outlives her deleting the case: every entry stays as it was, and the deletion is recorded', async () => {
  const caseId = await submitted()
  for (const [, write] of journey(caseId).slice(0, 6)) await write()
  await requestsAs(CALLERS.chair).get({ caseId })
  await requestsAs(CALLERS.resident).reply('get', { caseId })
  const trail = await auditOf({ 'target.id': caseId })
  expect(new Set(trail.map((e) => e.outcome))).toEqual(new Set(['changed', 'read', 'refused']))

  const deletion = await added({ 'target.id': caseId }, () => requestsAs(REQUESTER).deleteMine({ caseId }))
  expect(deletion.length).toBeGreaterThan(0)
  for (const entry of deletion) expect(entry).toMatchObject({ outcome: 'changed', actor: REQUESTER })
  const after = await auditOf({ 'target.id': caseId })
  for (const entry of trail) expect(after.find((e) => e._id === entry._id)).toEqual(entry)
  expect(await caseOf(caseId)).toMatchObject({ personal: '', requesterOpenid: null })
  expectNothingPersonal(after)
})
