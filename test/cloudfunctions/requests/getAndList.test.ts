// requests.get and requests.listMine: she sees her own cases and her view of each; the
// chair, the assigned member and (after 上报) the upper chair see the staff view, and
// each such opening is audited; anyone else — another resident by id (IDOR), a member
// not assigned, staff of another federation, the street chair before escalation — is
// told NOT_FOUND, as for a case that does not exist, and the attempt is audited.
import type { Caller } from '../../../cloudfunctions/common/context'
import type { AuditDoc } from '../../../types'
import type { TestServices } from '../../fixtures/services'
import { ACCEPT, CALLERS, caseIn, OTHER_RESIDENT, requesterView, requestServices, SECRETS, staffView, step, submitCase, type CallerName } from './fixtures/requestsTree'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const requestsAs = (who: Who) => createCaller('requests', services, who)
beforeEach(async () => {
  services = await requestServices()
})

const get = (who: CallerName | Caller, caseId: string) => requestsAs(who).reply('get', { caseId })

test('listMine: only her own cases, newest first, without any detail', async () => {
  const first = await submitCase(services)
  services.clock.set('2026-11-23T02:05:00.000Z')
  const second = await submitCase(services, 'resident', { category: 'employment' })
  await submitCase(services, OTHER_RESIDENT)
  const { requests } = await requestsAs('resident').listMine({})
  expect(requests.map((r) => r._id)).toEqual([second._id, first._id])
  expect(requests[0]).toEqual({
    _id: second._id,
    code: second.code,
    orgName: '和平街道幸福社区妇联',
    category: 'employment',
    state: 'submitted',
    createdAt: '2026-11-23T02:05:00.000Z',
    updatedAt: '2026-11-23T02:05:00.000Z',
  })
})

test('she sees her own view: her details, her timeline; no staff view; her read is audited as hers, not as a staff read', async () => {
  const ref = await submitCase(services)
  const view = requesterView(await requestsAs('resident').get({ caseId: ref._id }))
  expect(view).toMatchObject({ kind: 'requester', code: ref.code, state: 'submitted', canAddInfo: true, canWithdraw: true, canRate: false })
  expect(view.personal).toEqual({ ...SECRETS })
  expect(await services.store.find<AuditDoc>('audit', { outcome: 'read' })).toEqual([
    expect.objectContaining({ actor: CALLERS.resident, orgId: null, summary: `本人查看了求助 ${ref.code}` }),
  ])
})

test('the chair opens it: the staff view with deadlines and her allowed steps, and the opening is audited', async () => {
  const ref = await submitCase(services)
  const view = staffView(await requestsAs('chair').get({ caseId: ref._id }))
  expect(view).toMatchObject({
    kind: 'staff',
    role: 'chair',
    personal: { phone: SECRETS.phone },
    acceptBy: '2026-11-23T04:00:00.000Z',
    contactBy: null,
    overdue: { accept: false, contact: false },
  })
  expect(view.allowedSteps.sort()).toEqual(['accept', 'escalate', 'note', 'referOn'])
  const reads = await services.store.find<AuditDoc>('audit', { outcome: 'read' })
  expect(reads).toEqual([expect.objectContaining({ actor: CALLERS.chair, actorName: '李主席', action: 'get', summary: `查看了求助 ${ref.code}` })])
  expect(JSON.stringify(reads)).not.toContain(SECRETS.description)
})

test('the assigned member sees it once assigned; the vice-chair too; the member sees only her steps', async () => {
  const { id } = await caseIn(services, 'accepted')
  const view = staffView(await requestsAs('member').get({ caseId: id }))
  expect(view.role).toBe('assignee')
  expect(view.allowedSteps).not.toContain('reassign')
  expect(view.allowedSteps).toContain('contact')
  expect(await get('viceChair', id)).toMatchObject({ ok: true, data: { case: { kind: 'staff', role: 'chair' } } })
})

const OUTSIDERS: Array<[string, CallerName | Caller]> = [
  ['another resident, by id (IDOR)', OTHER_RESIDENT],
  ['a member of the federation not assigned', 'member'],
  ['a member of a group below', 'childMember'],
  ['the street chair before escalation', 'ancestorChair'],
  ['the chair of another federation', 'unrelatedChair'],
  ['staff of another federation', 'unrelatedStaff'],
]

test.each(OUTSIDERS)('%s is told NOT_FOUND, audited with the code only', async (_name, who) => {
  const ref = await submitCase(services)
  expect(await get(who, ref._id)).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到这条求助' } })
  const refusals = await services.store.find<AuditDoc>('audit', { outcome: 'refused' })
  expect(refusals).toEqual([expect.objectContaining({ action: 'get', target: { collection: 'requests', id: ref._id }, summary: expect.stringContaining(ref.code) })])
  expect(JSON.stringify(refusals)).not.toMatch(new RegExp(`${SECRETS.name}|${SECRETS.phone}|${SECRETS.description}`))
})

test('a case that does not exist is the same NOT_FOUND, audited with the id asked for', async () => {
  expect(await get('resident', 'no-such-case')).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到这条求助' } })
  expect(await services.store.find<AuditDoc>('audit', { outcome: 'refused' })).toEqual([expect.objectContaining({ target: { collection: 'requests', id: 'no-such-case' } })])
})

test('once escalated, the street chair sees it and may accept and assign a member of her own federation', async () => {
  const ref = await submitCase(services)
  const escalated = await step(services, 'chair', ref._id, 1, { kind: 'escalate', note: '情况紧急，需要街道协调' })
  const upper = staffView(await requestsAs('ancestorChair').get({ caseId: ref._id }))
  expect(upper).toMatchObject({ role: 'upperChair', escalatedToOrgId: 'street' })
  const accepted = await step(services, 'ancestorChair', ref._id, escalated.case.version, { kind: 'accept', assigneeId: 'street-chair', backupId: null })
  expect(accepted.case).toMatchObject({ state: 'accepted', assignee: { id: 'street-chair', name: '周街道' } })
  expect(await get('unrelatedChair', ref._id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
})

test('a member reassigned away loses her view; the chair keeps hers', async () => {
  const { id, version } = await caseIn(services, 'accepted')
  await step(services, 'chair', id, version, { ...ACCEPT, kind: 'reassign', assigneeId: 'm-b', backupId: null })
  expect(await get('member', id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  expect(await get('chair', id)).toMatchObject({ ok: true })
})
