// Refusals in the audit: a signed-in caller touching an org or a case not hers is
// recorded one by one (up to a cap an hour, then one note and a count); everything else
// — anonymous calls above all — is recorded once per action an hour and counted after
// that, so a flood of refused calls cannot fill the disk. The chair's 变更记录 leaves
// refusals out unless she asks for them.
import { REFUSALS_KEPT_PER_HOUR } from '../../../cloudfunctions/common/audit'
import type { AuditDoc } from '../../../types'
import { createCaller } from '../../fixtures/caller'
import type { TestServices } from '../../fixtures/services'
import { consoleServices } from '../org/fixtures/consoleTree'
import { requestServices, submitCase } from '../requests/fixtures/requestsTree'

const STRANGER = { openid: 'oid-stranger' }
const at = (minute: number) => `2026-11-23T02:${String(minute).padStart(2, '0')}:00.000Z`
const times = <T>(n: number, call: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => call(i)))

/** How many refusals the counters hold for `filter` (kept one by one, and counted only). */
async function refusalsCounted(services: TestServices, filter: Record<string, unknown>): Promise<number> {
  const tallies = await services.store.find<{ _id: string; count: number; overflow?: number }>('counters', { kind: 'refusals', ...filter })
  return tallies.reduce((sum, tally) => sum + tally.count + (tally.overflow ?? 0), 0)
}

describe('the chair’s 变更记录', () => {
  let services: TestServices
  beforeEach(async () => {
    services = await consoleServices(at(0))
    for (const [i, intro] of ['第一版', '第二版', '第三版'].entries()) {
      services.clock.set(at(i))
      await createCaller('org', services, 'chair').updateOrg({ orgId: 'comm', version: i + 1, changes: { intro } })
    }
    services.clock.set(at(30))
    const refused = await times(100, () => createCaller('org', services, STRANGER).reply('history', { orgId: 'comm' }))
    expect(new Set(refused.map((reply) => (reply.ok ? 'ok' : reply.error.code)))).toEqual(new Set(['FORBIDDEN']))
  })

  test('100 refused history calls by a stranger leave her first page showing the real entries, and no refusal', async () => {
    const { entries } = await createCaller('org', services, 'chair').history({ orgId: 'comm' })
    expect(entries.map((e) => [e.outcome, e.changes[0]?.after])).toEqual([
      ['changed', '第三版'],
      ['changed', '第二版'],
      ['changed', '第一版'],
    ])
  })

  test('asked for, the refusals are there: one by one up to the hour’s cap, then one note; the count holds them all', async () => {
    const { entries } = await createCaller('org', services, 'chair').history({ orgId: 'comm', includeRefusals: true, limit: 100 })
    const refused = entries.filter((e) => e.outcome === 'refused')
    expect(refused).toHaveLength(REFUSALS_KEPT_PER_HOUR.onTarget + 1)
    expect(refused.filter((e) => e.summary.includes('只计数'))).toHaveLength(1)
    expect(entries.filter((e) => e.outcome === 'changed')).toHaveLength(3)
    expect(await refusalsCounted(services, { actor: STRANGER.openid })).toBe(100)
  })
})

describe('anonymous refusals', () => {
  test('N refused calls add at most one audit document per action an hour, and are all counted', async () => {
    const services = await consoleServices(at(0))
    const before = await services.store.count('audit', {})
    const N = 300
    await times(N, (i) => {
      services.clock.set(at(i % 60))
      const anonymous = (fn: 'org' | 'requests' | 'topics') => createCaller(fn, services, 'anonymous')
      if (i % 3 === 0) return anonymous('org').raw('history', { orgId: 'comm' })
      if (i % 3 === 1) return anonymous('requests').raw('get', { caseId: `guess-${i}` })
      return anonymous('topics').raw('submit', { junk: i })
    })
    const added = (await services.store.count('audit', {})) - before
    expect(added).toBeGreaterThan(0)
    expect(added).toBeLessThanOrEqual(3)
    expect(await refusalsCounted(services, { actor: null })).toBe(N)
  })

  test('a new hour records the first refusal of each action again', async () => {
    const services = await consoleServices(at(0))
    await times(20, () => createCaller('org', services, 'anonymous').raw('history', { orgId: 'comm' }))
    services.clock.set('2026-11-23T03:00:00.000Z')
    await times(20, () => createCaller('org', services, 'anonymous').raw('history', { orgId: 'comm' }))
    expect(await services.store.count('audit', { outcome: 'refused' })).toBe(2)
  })
})

describe('a signed-in stranger and help requests', () => {
  test('reading a case not hers is audited individually, each case by itself', async () => {
    const services = await requestServices()
    const cases = await Promise.all([0, 1, 2].map(() => submitCase(services)))
    for (const { _id } of cases) {
      expect(await createCaller('requests', services, STRANGER).reply('get', { caseId: _id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
    const refusals = await services.store.find<AuditDoc>('audit', { outcome: 'refused' })
    expect(refusals.map((r) => r.target?.id).sort()).toEqual(cases.map((c) => c._id).sort())
    expect(refusals.every((r) => r.actor === STRANGER.openid && r.fn === 'requests' && r.action === 'get')).toBe(true)
  })

  test('probing many case ids in an hour: the first ones one by one, then one note, and every probe counted', async () => {
    const services = await requestServices()
    await times(60, (i) => createCaller('requests', services, STRANGER).reply('get', { caseId: `guess-${i}` }))
    const refusals = await services.store.find<AuditDoc>('audit', { outcome: 'refused', actor: STRANGER.openid })
    expect(refusals).toHaveLength(REFUSALS_KEPT_PER_HOUR.onTarget + 1)
    expect(refusals.every((r) => r.target?.collection === 'requests')).toBe(true)
    expect(await refusalsCounted(services, { actor: STRANGER.openid })).toBe(60)
    // another stranger has her own cap
    expect(await createCaller('requests', services, { openid: 'oid-stranger-2' }).reply('get', { caseId: 'guess-x' })).toMatchObject({ ok: false })
    expect(await services.store.count('audit', { outcome: 'refused', actor: 'oid-stranger-2' })).toBe(1)
  })
})
