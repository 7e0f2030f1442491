// requests.act, step by step: what each step sets on the case and puts on the record,
// the checks the contract cannot make (who may be assigned, the referral exists, a
// federation above exists, one rating), who is told, and what is audited.
import type { AuditDoc, OutboxDoc, RequestDoc, RequestEventDoc, RequestStepInput } from '../../../types'
import { snapshotStore } from '../../fixtures/snapshot'
import type { TestServices } from '../../fixtures/services'
import { staffCasePath } from '../../../types/routes'
import { ACCEPT, CALLERS, caseDoc, caseIn, IDS, requestServices, SECRETS, staffView, step, submitCase, type CallerName } from './fixtures/requestsTree'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const requestsAs = (who: Who) => createCaller('requests', services, who)
beforeEach(async () => {
  services = await requestServices()
})

const stored = (id: string) => services.store.getById<RequestDoc>('requests', id) as Promise<RequestDoc>
const act = (who: CallerName, caseId: string, version: number, stepInput: RequestStepInput) => requestsAs(who).reply('act', { caseId, version, step: stepInput })
const outboxOf = (openid: string) => services.store.find<OutboxDoc>('outbox', { openid }, { sort: { createdAt: 1 } })

describe('accept and reassign', () => {
  test('accept assigns the member and backup, sets acceptedAt, and tells her 已受理', async () => {
    const ref = await submitCase(services)
    services.clock.set('2026-11-23T03:00:00.000Z')
    await step(services, 'chair', ref._id, 1, ACCEPT)
    expect(await stored(ref._id)).toMatchObject({ state: 'accepted', version: 2, assigneeId: IDS.memberA, backupId: IDS.memberB, acceptedAt: '2026-11-23T03:00:00.000Z' })
    expect((await outboxOf(CALLERS.resident)).map((m) => [m.data.thing, m.data.phrase])).toEqual([['您的求助有新进展', '已受理']])
  })

  test('the member given the case and its backup are told in their 消息, once, with nothing of her or her story', async () => {
    const ref = await submitCase(services)
    await step(services, 'chair', ref._id, 1, ACCEPT)
    const toMember = await outboxOf(CALLERS.member)
    expect(toMember.map((m) => [m.data.thing, m.data.phrase, m.page])).toEqual([['有一件求助请您负责', '请尽快联系', staffCasePath(ref._id)]])
    // the same assignee, a new backup: only the backup is told
    await step(services, 'chair', ref._id, 2, { kind: 'reassign', assigneeId: IDS.memberA, backupId: IDS.vice })
    expect(await outboxOf(CALLERS.member)).toHaveLength(1)
    // the vice-chair heard of the new case as a chair; now that she backs it up, once more
    expect((await outboxOf(CALLERS.viceChair)).map((m) => [m.data.thing, m.data.phrase])).toEqual([
      ['有新的求助待受理', '待受理'],
      ['请您做一件求助的备用执委', '备用执委'],
    ])
    const text = JSON.stringify([...(await outboxOf(CALLERS.member)), ...(await outboxOf(CALLERS.viceChair))])
    for (const secret of [...Object.values(SECRETS), ref.code, '家庭暴力']) expect(text).not.toContain(secret)
  })

  test.each([
    ['a member of another federation', { assigneeId: 'other-staff', backupId: null }, 'step.assigneeId'],
    ['a member who has left', { assigneeId: IDS.left, backupId: null }, 'step.assigneeId'],
    ['no such member', { assigneeId: 'ghost', backupId: null }, 'step.assigneeId'],
    ['a backup from a group below', { assigneeId: IDS.memberA, backupId: IDS.groupMember }, 'step.backupId'],
    ['the same person twice', { assigneeId: IDS.memberA, backupId: IDS.memberA }, 'step.backupId'],
  ])('accepting with %s is INVALID_INPUT naming the field, nothing changes', async (_name, people, field) => {
    const ref = await submitCase(services)
    const before = await snapshotStore(services.store)
    expect(await act('chair', ref._id, 1, { kind: 'accept', ...people })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field }] } })
    expect(await snapshotStore(services.store)).toEqual(before)
  })

  test('reassign changes the people and is checked the same way; the state stays', async () => {
    const { id, version } = await caseIn(services, 'inProgress')
    expect(await act('chair', id, version, { kind: 'reassign', assigneeId: 'other-staff', backupId: null })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    await step(services, 'chair', id, version, { kind: 'reassign', assigneeId: IDS.memberB, backupId: IDS.memberA })
    expect(await stored(id)).toMatchObject({ state: 'inProgress', assigneeId: IDS.memberB, backupId: IDS.memberA })
  })
})

describe('the work on a case', () => {
  test('contact moves it to 处理中 and sets firstContactAt the first time only', async () => {
    const { id, version } = await caseIn(services, 'accepted')
    services.clock.set('2026-11-23T05:00:00.000Z')
    const first = await step(services, 'member', id, version, { kind: 'contact', how: 'phone', note: '电话沟通了二十分钟' })
    services.clock.set('2026-11-24T05:00:00.000Z')
    await step(services, 'member', id, first.case.version, { kind: 'contact', how: 'inPerson', note: '在妇女之家面谈' })
    expect(await stored(id)).toMatchObject({ state: 'inProgress', firstContactAt: '2026-11-23T05:00:00.000Z' })
  })

  test('a note is staff-only and tells her nothing; a message reaches her as 新留言 with no content', async () => {
    const { id, version } = await caseIn(services, 'inProgress')
    const sent = (await outboxOf(CALLERS.resident)).length
    const noted = await step(services, 'member', id, version, { kind: 'note', text: '邻居反映昨晚有争吵声' })
    expect(await outboxOf(CALLERS.resident)).toHaveLength(sent)
    await step(services, 'member', id, noted.case.version, { kind: 'message', text: '材料已经准备好了' })
    const last = (await outboxOf(CALLERS.resident)).at(-1)
    expect(last?.data).toEqual({ thing: '您的求助有新进展', phrase: '新留言' })
    const events = await services.store.find<RequestEventDoc>('request_events', { caseId: id }, { sort: { seq: 1 } })
    expect(events.slice(-2).map((e) => [e.step, e.visibleToRequester])).toEqual([
      ['note', false],
      ['message', true],
    ])
  })

  test('refer appends a referral with a new id; updateReferral records the body’s answer, or names the missing one', async () => {
    const { id, version } = await caseIn(services, 'inProgress')
    const one = await step(services, 'member', id, version, { kind: 'refer', body: 'police', note: '陪同到派出所报案' })
    const two = await step(services, 'member', id, one.case.version, { kind: 'refer', body: 'hospital', note: '验伤' })
    const referrals = staffView(two).referrals
    expect(referrals.map((r) => [r.body, r.status])).toEqual([
      ['police', 'sent'],
      ['hospital', 'sent'],
    ])
    expect(referrals[0].id).not.toBe(referrals[1].id)
    services.clock.set('2026-11-25T02:00:00.000Z')
    const three = await step(services, 'member', id, two.case.version, { kind: 'updateReferral', referralId: referrals[1].id, status: 'done', note: '验伤报告已出' })
    expect(staffView(three).referrals[1]).toMatchObject({ status: 'done', note: '验伤报告已出', updatedAt: '2026-11-25T02:00:00.000Z' })
    expect(await act('member', id, three.case.version, { kind: 'updateReferral', referralId: 'nope', status: 'done', note: '' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ field: 'step.referralId' }] },
    })
  })

  test('escalate sets the upper federation (the parent) and tells its chairs; a second escalation is CONFLICT', async () => {
    const { id, version } = await caseIn(services, 'accepted')
    const escalated = await step(services, 'member', id, version, { kind: 'escalate', note: '需要街道协调住所' })
    expect(await stored(id)).toMatchObject({ escalatedToOrgId: IDS.street, escalatedAt: '2026-11-23T02:00:00.000Z', state: 'accepted' })
    expect((await outboxOf(CALLERS.ancestorChair)).map((m) => m.data.thing)).toEqual(['有新的求助待受理'])
    expect(await act('chair', id, escalated.case.version, { kind: 'escalate', note: '再次上报' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  test('a case of the top federation cannot be escalated', async () => {
    await services.store.insert('requests', caseDoc('top-case', 'accepted', { orgId: IDS.street, orgAncestorIds: [], assigneeId: null }))
    expect(await act('ancestorChair', 'top-case', 1, { kind: 'escalate', note: '上报区妇联' })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '已是最上级组织，无法上报' },
    })
  })

  test('a 回访 is scheduled (not in the past) and recorded', async () => {
    const { id, version } = await caseIn(services, 'closed')
    expect(await act('member', id, version, { kind: 'scheduleFollowUp', dueDate: '2026-11-22', note: '' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ field: 'step.dueDate' }] },
    })
    const planned = await step(services, 'member', id, version, { kind: 'scheduleFollowUp', dueDate: '2026-12-07', note: '上门回访' })
    services.clock.set('2026-12-07T03:00:00.000Z')
    const done = await step(services, 'member', id, planned.case.version, { kind: 'recordFollowUp', note: '生活已恢复正常' })
    expect(staffView(done).followUp).toEqual({ dueDate: '2026-12-07', doneAt: '2026-12-07T03:00:00.000Z', note: '生活已恢复正常' })
  })
})

describe('closing and reopening', () => {
  test('close sets closedAt and the reason she sees, and tells her 已办结', async () => {
    const { id, version } = await caseIn(services, 'inProgress')
    await step(services, 'member', id, version, { kind: 'close', reason: 'unreachable', note: '三次联系未果' })
    expect(await stored(id)).toMatchObject({ state: 'closed', closedAt: '2026-11-23T02:00:00.000Z', closure: { reason: 'unreachable' } })
    expect((await outboxOf(CALLERS.resident)).at(-1)?.data.phrase).toBe('已办结')
  })

  test('referOn closes at intake as 已转介, with the referral on record', async () => {
    const ref = await submitCase(services)
    const done = await step(services, 'chair', ref._id, 1, { kind: 'referOn', body: 'mediation', note: '转人民调解委员会' })
    expect(await stored(ref._id)).toMatchObject({ state: 'closed', closure: { reason: 'referred', note: '' }, closedAt: expect.any(String) })
    expect(staffView(done).referrals).toEqual([expect.objectContaining({ body: 'mediation', status: 'sent', note: '转人民调解委员会' })])
  })

  test('she withdraws: closed as 本人撤回, and she is not told of her own step', async () => {
    const { id, version } = await caseIn(services, 'accepted')
    const sent = (await outboxOf(CALLERS.resident)).length
    await step(services, 'resident', id, version, { kind: 'withdraw', reason: '已经和家人谈妥' })
    expect(await stored(id)).toMatchObject({ state: 'closed', closure: { reason: 'withdrawn' } })
    expect(await outboxOf(CALLERS.resident)).toHaveLength(sent)
  })

  test('reopen clears the closure and puts it back in the queue; she can add information again', async () => {
    const { id, version } = await caseIn(services, 'closed')
    services.clock.set('2026-11-30T02:00:00.000Z')
    const reopened = await step(services, 'chair', id, version, { kind: 'reopen', reason: '本人再次求助' })
    expect(await stored(id)).toMatchObject({ state: 'submitted', closedAt: null, closure: null, queuedAt: '2026-11-30T02:00:00.000Z' })
    expect(await act('resident', id, reopened.case.version, { kind: 'addInfo', text: '他又来找我了' })).toMatchObject({ ok: true })
  })

  test('she rates once, after closure', async () => {
    const { id, version } = await caseIn(services, 'closed')
    const rated = await step(services, 'resident', id, version, { kind: 'rate', score: 4, comment: '' })
    expect(await stored(id)).toMatchObject({ rating: { score: 4, comment: '' } })
    expect(await act('resident', id, rated.case.version, { kind: 'rate', score: 5, comment: '' })).toEqual({ ok: false, error: { code: 'CONFLICT', message: '您已经评价过了' } })
  })
})

describe('the rules around every step', () => {
  test('a stale version is CONFLICT and changes nothing', async () => {
    const { id, version } = await caseIn(services, 'accepted')
    await step(services, 'member', id, version, { kind: 'note', text: '第一条备注' })
    const before = await snapshotStore(services.store)
    expect(await act('chair', id, version, { kind: 'note', text: '第二条备注' })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '这条求助刚有新的进展，请刷新后再操作' },
    })
    expect(await snapshotStore(services.store)).toEqual(before)
  })

  test('a step the policy does not give the caller is NOT_FOUND: she cannot note, the member cannot reopen', async () => {
    const { id, version } = await caseIn(services, 'closed')
    expect(await act('resident', id, version, { kind: 'note', text: '我自己写的备注' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await act('member', id, version, { kind: 'reopen', reason: '想重新处理' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  test('every step is audited under the actor’s name with the code only', async () => {
    const { id, code } = await caseIn(services, 'closed')
    const changes = await services.store.find<AuditDoc>('audit', { fn: 'requests', outcome: 'changed' }, { sort: { action: 1 } })
    expect(changes.map((a) => [a.action, a.actorName])).toEqual([
      ['act.accept', '李主席'],
      ['act.close', '张执委'],
      ['act.contact', '张执委'],
      ['submit', '居民'],
    ])
    expect(changes.every((a) => a.target?.id === id && a.summary.includes(code))).toBe(true)
    expect(JSON.stringify(changes)).not.toMatch(/短信约好|保护令/)
  })
})
