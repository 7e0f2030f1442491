// A host killed between a step's two writes: the timeline event is there, the case
// is not updated yet. The next read of the case rolls the step forward from the patch
// on the event, so the record and the case never disagree; a submit cut short after
// its event is completed the same way. A step that meets a roll-forward of itself, or
// the anonymisation, between its writes is answered truthfully.
import type { RequestDoc, RequestEventDoc } from '../../../types'
import type { Store } from '../../../cloudfunctions/common/store/port'
import { anonymiseCase, scrubbed } from '../../../cloudfunctions/requests/lib/retention'
import { eventId, readCase } from '../../../cloudfunctions/requests/lib/transition'
import { caseIn, IDS, requesterView, requestServices, staffView, submitCase } from './fixtures/requestsTree'
import { createCaller } from '../../fixtures/caller'

test('an accept whose event was written but whose case was not is applied on the next get', async () => {
  const services = await requestServices()
  const ref = await submitCase(services)
  const at = '2026-11-23T02:30:00.000Z'
  const patch = { assigneeId: IDS.memberA, backupId: null, acceptedAt: at, state: 'accepted', updatedAt: at }
  const event: RequestEventDoc = {
    _id: eventId(ref._id, 2),
    caseId: ref._id,
    orgId: 'comm',
    seq: 2,
    at,
    step: 'accept',
    from: 'submitted',
    to: 'accepted',
    actor: 'staff',
    actorName: '李主席',
    visibleToRequester: true,
    text: '',
    patch,
  }
  await services.store.insert('request_events', event)
  expect(await services.store.getById<RequestDoc>('requests', ref._id)).toMatchObject({ state: 'submitted', version: 1 })

  const view = staffView(await createCaller('requests', services, 'chair').get({ caseId: ref._id }))
  expect(view).toMatchObject({ state: 'accepted', version: 2, assignee: { id: IDS.memberA }, acceptedAt: at })
  expect(await services.store.getById<RequestDoc>('requests', ref._id)).toMatchObject({ state: 'accepted', version: 2, assigneeId: IDS.memberA })
  // the member it names can now open it, and a stale step on version 1 is refused
  expect(await createCaller('requests', services, 'member').reply('get', { caseId: ref._id })).toMatchObject({ ok: true })
  expect(await createCaller('requests', services, 'chair').reply('act', { caseId: ref._id, version: 1, step: { kind: 'note', text: '过时的备注' } })).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT' },
  })
})

/** The store, except that right after a timeline event is written something else runs. */
function afterEventInsert(inner: Store, then: (event: RequestEventDoc) => Promise<unknown>): Store {
  const wrapped = Object.create(inner) as Store
  wrapped.insert = async (collection, doc) => {
    const written = await inner.insert(collection, doc)
    if (collection === 'request_events') await then(doc as unknown as RequestEventDoc)
    return written
  }
  return wrapped
}

test('a step whose event another reader rolled forward first still answers success, once', async () => {
  const services = await requestServices()
  const { id, version } = await caseIn(services, 'accepted')
  const inner = services.store
  services.store = afterEventInsert(inner, (event) => readCase(inner, event.caseId))
  const acted = await createCaller('requests', services, 'member').reply('act', { caseId: id, version, step: { kind: 'contact', how: 'sms', note: '短信联系' } })
  expect(acted).toMatchObject({ ok: true, data: { case: { state: 'inProgress', version: version + 1 } } })
  expect(await inner.getById<RequestDoc>('requests', id)).toMatchObject({ state: 'inProgress', version: version + 1 })
  expect(await inner.count('request_events', { caseId: id })).toBe(version + 1)
})

test('the anonymisation meeting a half-done step applies it first, then scrubs it', async () => {
  const services = await requestServices()
  const { id, version } = await caseIn(services, 'closed')
  const inner = services.store
  services.store = afterEventInsert(inner, (event) => anonymiseCase({ ...services, store: inner }, event.caseId, services.clock.now()))
  expect(await createCaller('requests', services, 'chair').reply('act', { caseId: id, version, step: { kind: 'note', text: '最后一条备注' } })).toMatchObject({ ok: true })
  expect(await inner.getById<RequestDoc>('requests', id)).toMatchObject({ version: version + 1, anonymisedAt: expect.any(String), personal: '' })
  expect(await inner.getById<RequestEventDoc>('request_events', eventId(id, version + 1))).toMatchObject({ step: 'note', text: '' })
})

test('a step that loses to an anonymisation read before it is CONFLICT and leaves no event', async () => {
  const services = await requestServices()
  const { id, version } = await caseIn(services, 'closed')
  const inner = services.store
  const seen = (await inner.getById<RequestDoc>('requests', id)) as RequestDoc
  // the anonymiser read the case before the step's event, and writes after it
  const anonymisedAt = services.clock.now().toISOString()
  services.store = afterEventInsert(inner, () => inner.update('requests', { _id: id, version: seen.version, anonymisedAt: null }, { $set: { ...scrubbed(seen), anonymisedAt } }))
  const acted = await createCaller('requests', services, 'chair').reply('act', { caseId: id, version, step: { kind: 'note', text: '最后一条备注' } })
  expect(acted).toEqual({ ok: false, error: { code: 'CONFLICT', message: '这条求助已匿名化，不能再操作' } })
  expect(await inner.getById<RequestDoc>('requests', id)).toMatchObject({ version, anonymisedAt, personal: '' })
  expect(await inner.count('request_events', { caseId: id })).toBe(version)
})

test('a submit whose case was never written is there for her on the next read', async () => {
  const services = await requestServices()
  const ref = await submitCase(services)
  const doc = (await services.store.getById<RequestDoc>('requests', ref._id)) as RequestDoc
  await services.store.remove('requests', { _id: ref._id })
  const view = requesterView(await createCaller('requests', services, 'resident').get({ caseId: ref._id }))
  expect(view).toMatchObject({ code: doc.code, state: 'submitted', version: 1 })
  expect(await services.store.getById<RequestDoc>('requests', ref._id)).toEqual(doc)
})
