// The case lifecycle, pair by pair: every (state, step) of the state machine against a
// table written out here by hand (not computed from the one under test), through
// requests.act on a stored case. An allowed pair succeeds and lands where the table
// says; a refused one is CONFLICT with a Chinese reason naming the state and the step,
// and changes nothing.
import { nextRequestState, REQUEST_STATES, REQUEST_STEPS, type RequestDoc, type RequestState, type RequestStep, type RequestStepInput } from '../../../types'
import { snapshotStore } from '../../fixtures/snapshot'
import { caseDoc, IDS, requestServices } from './fixtures/requestsTree'
import { createCaller } from '../../fixtures/caller'

const OPEN: Partial<Record<RequestStep, 'accepted' | 'inProgress' | 'closed' | 'stay'>> = {
  contact: 'inProgress',
  note: 'stay',
  message: 'stay',
  refer: 'stay',
  updateReferral: 'stay',
  escalate: 'stay',
  reassign: 'stay',
  addInfo: 'stay',
  withdraw: 'closed',
  close: 'closed',
}
const resolve = (state: RequestState, table: Partial<Record<RequestStep, RequestState | 'stay'>>) =>
  Object.fromEntries(Object.entries(table).map(([step, to]) => [step, to === 'stay' ? state : to])) as Partial<Record<RequestStep, RequestState>>

const ALLOWED: Record<RequestState, Partial<Record<RequestStep, RequestState>>> = {
  submitted: { accept: 'accepted', referOn: 'closed', escalate: 'submitted', addInfo: 'submitted', withdraw: 'closed', note: 'submitted' },
  accepted: resolve('accepted', OPEN),
  inProgress: { ...resolve('inProgress', OPEN), contact: 'inProgress', scheduleFollowUp: 'inProgress', recordFollowUp: 'inProgress' },
  closed: { reopen: 'submitted', rate: 'closed', note: 'closed', updateReferral: 'closed', scheduleFollowUp: 'closed', recordFollowUp: 'closed' },
}

/** A valid step of each kind on the stored case (it has referral ref1, is not escalated, is not rated). */
const PAYLOAD: { [S in RequestStep]: Extract<RequestStepInput, { kind: S }> } = {
  accept: { kind: 'accept', assigneeId: IDS.memberA, backupId: null },
  referOn: { kind: 'referOn', body: 'police', note: '转派出所处理' },
  reassign: { kind: 'reassign', assigneeId: IDS.memberB, backupId: null },
  contact: { kind: 'contact', how: 'phone', note: '电话联系了本人' },
  note: { kind: 'note', text: '内部备注一条' },
  message: { kind: 'message', text: '给您留言一条' },
  refer: { kind: 'refer', body: 'legalAid', note: '转法律援助中心' },
  updateReferral: { kind: 'updateReferral', referralId: 'ref1', status: 'accepted', note: '' },
  escalate: { kind: 'escalate', note: '上报街道妇联' },
  close: { kind: 'close', reason: 'resolved', note: '问题已解决' },
  reopen: { kind: 'reopen', reason: '本人再次求助' },
  scheduleFollowUp: { kind: 'scheduleFollowUp', dueDate: '2026-12-01', note: '' },
  recordFollowUp: { kind: 'recordFollowUp', note: '回访已完成' },
  addInfo: { kind: 'addInfo', text: '补充一些情况' },
  withdraw: { kind: 'withdraw', reason: '' },
  rate: { kind: 'rate', score: 5, comment: '' },
}
const BY_HER: ReadonlySet<RequestStep> = new Set(['addInfo', 'withdraw', 'rate'])

const LABEL: Record<RequestState, string> = { submitted: '已提交', accepted: '已受理', inProgress: '处理中', closed: '已办结' }

const pairs = REQUEST_STATES.flatMap((state) => REQUEST_STEPS.map((step) => [state, step, ALLOWED[state][step] ?? null] as const))

test('nextRequestState in types/ (the client offers steps by it) agrees with the table on every pair', () => {
  for (const [state, step, to] of pairs) expect([state, step, nextRequestState(state, step)]).toEqual([state, step, to])
})

test.each(pairs)('%s + %s → %s', async (state, step, to) => {
  const services = await requestServices()
  await services.store.insert('requests', caseDoc('case1', state))
  const before = await snapshotStore(services.store)
  const reply = await createCaller('requests', services, BY_HER.has(step) ? 'resident' : 'chair').reply('act', { caseId: 'case1', version: 1, step: PAYLOAD[step] })
  if (to) {
    expect(reply).toMatchObject({ ok: true, data: { case: { state: to, version: 2 } } })
    expect(await services.store.getById<RequestDoc>('requests', 'case1')).toMatchObject({ state: to, version: 2 })
    expect(await services.store.getById('request_events', 'case1.2')).toMatchObject({ seq: 2, step, from: state, to })
  } else {
    expect(reply).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(new RegExp(`^求助当前为“${LABEL[state]}”，不能.+$`)) } })
    const after = await snapshotStore(services.store)
    expect([after.requests, after.request_events]).toEqual([before.requests, before.request_events])
  }
})

test('the reason names the state and the step in Chinese', async () => {
  const services = await requestServices()
  await services.store.insert('requests', caseDoc('case1', 'closed'))
  expect(await createCaller('requests', services, 'chair').reply('act', { caseId: 'case1', version: 1, step: PAYLOAD.accept })).toEqual({
    ok: false,
    error: { code: 'CONFLICT', message: '求助当前为“已办结”，不能受理' },
  })
})

test('an anonymised case takes no step at all', async () => {
  const services = await requestServices()
  await services.store.insert('requests', caseDoc('case1', 'closed', { anonymisedAt: '2026-11-21T00:00:00.000Z', requesterOpenid: null }))
  expect(await createCaller('requests', services, 'chair').reply('act', { caseId: 'case1', version: 1, step: PAYLOAD.note })).toEqual({
    ok: false,
    error: { code: 'CONFLICT', message: '这条求助已匿名化，不能再操作' },
  })
})
