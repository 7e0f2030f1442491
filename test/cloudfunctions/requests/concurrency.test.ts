// Optimistic concurrency on one case: 100 calls of requests.act at once, all naming the
// same version, mixed steps from several people. Exactly one wins; the case ends in a
// valid state at the next version; its timeline holds exactly the successful steps;
// every other call is answered CONFLICT and left no trace.
import { nextRequestState, type RequestDoc, type RequestEventDoc, type RequestStepInput } from '../../../types'
import { caseIn, requestServices, type CallerName } from './fixtures/requestsTree'
import { createCaller } from '../../fixtures/caller'

const STEPS: Array<[CallerName, RequestStepInput]> = [
  ['member', { kind: 'contact', how: 'phone', note: '电话联系了本人' }],
  ['member', { kind: 'note', text: '并发备注' }],
  ['chair', { kind: 'message', text: '并发留言' }],
  ['chair', { kind: 'close', reason: 'resolved', note: '并发办结' }],
  ['resident', { kind: 'withdraw', reason: '' }],
  ['resident', { kind: 'addInfo', text: '并发补充' }],
  ['member', { kind: 'refer', body: 'police', note: '并发转介' }],
  ['chair', { kind: 'escalate', note: '并发上报' }],
  ['chair', { kind: 'reassign', assigneeId: 'm-b', backupId: null }],
  ['viceChair', { kind: 'note', text: '副主席备注' }],
]

test('100 parallel steps with the same version: one wins, 99 CONFLICT, the timeline holds exactly the winner', async () => {
  const services = await requestServices()
  const { id, version } = await caseIn(services, 'accepted')
  const eventsBefore = await services.store.count('request_events', { caseId: id })
  const calls = Array.from({ length: 100 }, (_, i) => STEPS[i % STEPS.length])
  const replies = await Promise.all(calls.map(([who, stepInput]) => createCaller('requests', services, who).reply('act', { caseId: id, version, step: stepInput })))

  const winners = replies.flatMap((reply, i) => (reply.ok ? [calls[i][1].kind] : []))
  const losers = replies.filter((reply) => !reply.ok)
  expect(winners).toHaveLength(1)
  expect(losers.every((reply) => !reply.ok && reply.error.code === 'CONFLICT')).toBe(true)

  const doc = (await services.store.getById<RequestDoc>('requests', id)) as RequestDoc
  const events = await services.store.find<RequestEventDoc>('request_events', { caseId: id }, { sort: { seq: 1 } })
  expect(doc.version).toBe(version + 1)
  expect(events).toHaveLength(eventsBefore + 1)
  expect(events.map((e) => e.seq)).toEqual(Array.from({ length: events.length }, (_, i) => i + 1))
  const last = events[events.length - 1]
  expect(last.step).toBe(winners[0])
  expect(doc.state).toBe(nextRequestState('accepted', last.step as Exclude<RequestEventDoc['step'], 'submit'>))
})

test('100 callers each retrying on CONFLICT with the version they then see: every success is on the timeline, in order', async () => {
  const services = await requestServices()
  const { id } = await caseIn(services, 'inProgress')
  const notes = Array.from({ length: 100 }, (_, i) => `第${i}条备注`)
  const settle = async (text: string): Promise<number> => {
    for (let attempt = 1; ; attempt++) {
      const seen = (await services.store.getById<RequestDoc>('requests', id)) as RequestDoc
      const reply = await createCaller('requests', services, 'member').reply('act', { caseId: id, version: seen.version, step: { kind: 'note', text } })
      if (reply.ok) return attempt
      if (reply.error.code !== 'CONFLICT') throw new Error(reply.error.message)
    }
  }
  const attempts = await Promise.all(notes.map(settle))
  expect(attempts.some((n) => n > 1)).toBe(true)
  const events = await services.store.find<RequestEventDoc>('request_events', { caseId: id, step: 'note' })
  expect(events).toHaveLength(100)
  const doc = (await services.store.getById<RequestDoc>('requests', id)) as RequestDoc
  expect(await services.store.count('request_events', { caseId: id })).toBe(doc.version)
})
