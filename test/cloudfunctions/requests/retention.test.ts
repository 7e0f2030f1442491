// Retention with an injected clock: a case closed longer than the retention period is
// anonymised by the scheduled job — her details, her openid and every sealed text on
// the case and its timeline gone; category, state, dates and org kept for the
// statistics; the audit trail kept. Before the period, and while open, nothing changes.
import { anonymiseExpired, retentionDaysFrom, RETENTION_ENV } from '../../../cloudfunctions/requests/lib/retention'
import { DEFAULT_RETENTION_DAYS, type AuditDoc, type RequestDoc, type RequestEventDoc } from '../../../types'
import type { TestServices } from '../../fixtures/services'
import { caseIn, requestServices, SECRETS, staffView, step } from './fixtures/requestsTree'
import { createCaller, type Who } from '../../fixtures/caller'

const DAY = 24 * 3600 * 1000
const DAYS = 30
const plusDays = (iso: string, days: number) => new Date(new Date(iso).getTime() + days * DAY)

let services: TestServices
const requestsAs = (who: Who) => createCaller('requests', services, who)
beforeEach(async () => {
  services = await requestServices()
})

const stored = async (id: string) => (await services.store.getById<RequestDoc>('requests', id)) as RequestDoc

async function closedWithEverything() {
  const { id, version } = await caseIn(services, 'inProgress')
  let v = (await step(services, 'member', id, version, { kind: 'refer', body: 'legalAid', note: '交给王律师' })).case.version
  v = (await step(services, 'member', id, v, { kind: 'scheduleFollowUp', dueDate: '2026-12-20', note: '回访时避开她丈夫' })).case.version
  v = (await step(services, 'member', id, v, { kind: 'close', reason: 'resolved', note: '已经安全了' })).case.version
  v = (await step(services, 'resident', id, v, { kind: 'rate', score: 5, comment: '感谢张姐' })).case.version
  return { id, version: v }
}

test('before the period ends nothing changes; after it, the case is anonymised and its statistics kept', async () => {
  const { id } = await closedWithEverything()
  const closed = await stored(id)
  const closedAt = closed.closedAt as string
  expect(await anonymiseExpired(services, plusDays(closedAt, DAYS - 1), DAYS)).toBe(0)
  expect(await stored(id)).toEqual(closed)

  const later = plusDays(closedAt, DAYS + 1)
  expect(await anonymiseExpired(services, later, DAYS)).toBe(1)
  const after = await stored(id)
  expect(after).toMatchObject({
    personal: '',
    requesterOpenid: null,
    anonymisedAt: later.toISOString(),
    closure: { reason: 'resolved', note: '' },
    referrals: [expect.objectContaining({ body: 'legalAid', note: '' })],
    followUp: { dueDate: '2026-12-20', doneAt: null, note: '' },
    rating: { score: 5, comment: '' },
  })
  const kept = ['category', 'state', 'urgency', 'ageBand', 'orgId', 'createdAt', 'queuedAt', 'acceptedAt', 'firstContactAt', 'closedAt', 'code', 'version'] as const
  for (const field of kept) expect([field, after[field]]).toEqual([field, closed[field]])
})

test('every sealed text on the timeline is emptied, the patches too', async () => {
  const { id } = await closedWithEverything()
  await anonymiseExpired(services, plusDays((await stored(id)).closedAt as string, DAYS + 1), DAYS)
  const events = await services.store.find<RequestEventDoc>('request_events', { caseId: id })
  expect(events.length).toBeGreaterThan(5)
  expect(events.every((e) => e.text === '')).toBe(true)
  const submitted = events.find((e) => e.step === 'submit') as RequestEventDoc
  expect(submitted.patch).toMatchObject({ personal: '', requesterOpenid: null, category: 'domesticViolence' })
  const sealedLeft = JSON.stringify(events).match(/v1\.[\w-]+\.[\w-]+\.[\w-]+/g)
  expect(sealedLeft).toBeNull()
})

test('the audit trail stays, with one more entry for the anonymisation; staff still see the bare case', async () => {
  const { id } = await closedWithEverything()
  const auditBefore = await services.store.find<AuditDoc>('audit', {}, { sort: { _id: 1 } })
  await anonymiseExpired(services, plusDays((await stored(id)).closedAt as string, DAYS + 1), DAYS)
  const auditAfter = await services.store.find<AuditDoc>('audit', {}, { sort: { _id: 1 } })
  expect(auditAfter).toEqual(expect.arrayContaining(auditBefore))
  expect(auditAfter.filter((a) => a.action === 'anonymise')).toEqual([expect.objectContaining({ actorName: '系统', target: { collection: 'requests', id } })])
  const view = staffView(await requestsAs('chair').get({ caseId: id }))
  expect(view.personal).toEqual({ name: '', description: '', needs: '', phone: '', address: '', safeTimes: '' })
  expect(view.allowedSteps).toEqual([])
  expect(JSON.stringify(view)).not.toContain(SECRETS.description)
  expect(await requestsAs('resident').reply('get', { caseId: id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
})

test('open cases are never anonymised however old; a second run does nothing more', async () => {
  const open = await caseIn(services, 'inProgress')
  const { id } = await closedWithEverything()
  const far = plusDays('2026-11-23T02:00:00.000Z', 5 * 365)
  expect(await anonymiseExpired(services, far, DAYS)).toBe(1)
  const once = await services.store.find('requests', {}, { sort: { _id: 1 } })
  expect(await anonymiseExpired(services, far, DAYS)).toBe(0)
  expect(await services.store.find('requests', {}, { sort: { _id: 1 } })).toEqual(once)
  expect((await stored(open.id)).personal).not.toBe('')
  expect((await stored(id)).personal).toBe('')
})

test('pages through many expired cases', async () => {
  for (let i = 0; i < 3; i++) await closedWithEverything()
  const [base] = await services.store.find<RequestDoc>('requests', {}, { limit: 1 })
  // 450 more closed cases written directly, closed on different days (more than two pages)
  for (let i = 0; i < 450; i++) {
    await services.store.insert('requests', {
      ...base,
      _id: `bulk${i}`,
      code: `QZ-BULK${String(i).padStart(4, '0')}`,
      closedAt: plusDays('2026-01-01T00:00:00.000Z', i % 40).toISOString(),
    })
  }
  expect(await anonymiseExpired(services, plusDays('2026-11-23T02:00:00.000Z', 400), DAYS)).toBe(453)
  expect(await services.store.count('requests', { anonymisedAt: null })).toBe(0)
})

test('the period comes from LIANGPAI_RETENTION_DAYS, else the default', () => {
  expect(RETENTION_ENV).toBe('LIANGPAI_RETENTION_DAYS')
  expect(retentionDaysFrom({})).toBe(DEFAULT_RETENTION_DAYS)
  expect(retentionDaysFrom({ LIANGPAI_RETENTION_DAYS: '180' })).toBe(180)
  for (const bad of ['0', '-5', '1.5', 'abc', '']) expect(retentionDaysFrom({ LIANGPAI_RETENTION_DAYS: bad })).toBe(DEFAULT_RETENTION_DAYS)
})
