// requests.stats: what the chair (own) and the federation above (rollup) are shown —
// counts by category, state and Beijing month, medians, the overdue count. The chair sees
// her own federation's figures exactly; a chair above, and every roll-up, sees each
// count of 1–4 suppressed, a count it could be worked out from withheld too
// (statsSuppression.test.ts), and nothing that could lead back to a case.
import { createCaller } from '../../fixtures/caller'
import type { ActionInput, AuditDoc, RequestDoc, RequestStats } from '../../../types'
import type { TestServices } from '../../fixtures/services'
import { CALLERS, COMM, IDS, NOW, requestServices, waitingCase, type CallerName } from './fixtures/requestsTree'

const HOUR = 3600 * 1000
const hoursAfter = (iso: string, hours: number) => new Date(new Date(iso).getTime() + hours * HOUR).toISOString()

let seq = 0
/** A stored case of `orgId`, filed a week ago and still waiting, with only what the test states changed. */
function filed(orgId: string, over: Partial<RequestDoc> = {}): RequestDoc {
  seq += 1
  const at = over.createdAt ?? '2026-11-16T02:00:00.000Z'
  return waitingCase(`case-${String(seq).padStart(5, '0')}`, `QZ-S${String(seq).padStart(7, '0')}`, orgId, at, { category: 'legal', ...over })
}

let services: TestServices
/** requests.stats as `who` calls it: through dispatch, so the policy applies as it does for a client. */
const stats = (payload: ActionInput<'requests', 'stats'>, who: CallerName) => createCaller('requests', services, who).stats(payload)
async function seed(docs: RequestDoc[]) {
  for (const doc of docs) await services.store.insert('requests', doc)
}
const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i))
const categoryCount = (result: RequestStats, category: string) => result.byCategory.find((c) => c.category === category)?.count
const stateCount = (result: RequestStats, state: string) => result.byState.find((c) => c.state === state)?.count

beforeEach(async () => {
  seq = 0
  services = await requestServices()
})

describe('small counts are suppressed for a chair above', () => {
  test('4 cases in a category show as 少于5, 5 as 5, none as 0; with the total shown, the 5 beside the 4 is withheld', async () => {
    await seed([
      ...times(5, () => filed(COMM, { category: 'domesticViolence' })),
      ...times(4, () => filed(COMM, { category: 'employment' })),
      ...times(6, () => filed(COMM, { category: 'legal' })),
    ])
    const result = await stats({ orgId: COMM, scope: 'own' }, 'ancestorChair')
    expect(categoryCount(result, 'employment')).toBe('few')
    // 15 − 6 − 5 would give the 4 away: the smallest count of 5 or more goes with it
    expect(categoryCount(result, 'domesticViolence')).toBe('hidden')
    expect(categoryCount(result, 'legal')).toBe(6)
    expect(categoryCount(result, 'hardship')).toBe(0)
    expect(result.total).toBe(15)
    expect(result.byCategory.map((c) => c.category)).toEqual(['domesticViolence', 'marriageFamily', 'employment', 'legal', 'psychological', 'hardship', 'children', 'other'])
  })

  test('a federation with a single case shows no total and no count at all, not even a 0', async () => {
    await seed([filed(COMM, { state: 'closed', closedAt: NOW })])
    const result = await stats({ orgId: COMM, scope: 'own' }, 'ancestorChair')
    expect(result.total).toBe('few')
    expect(stateCount(result, 'closed')).toBe('few')
    // a 0 beside the hidden total would say where her one case is
    expect(stateCount(result, 'submitted')).toBe('few')
  })

  test('the overdue count is suppressed below 5 and shown from 5', async () => {
    const late = (urgency: RequestDoc['urgency']) => filed(COMM, { urgency, queuedAt: hoursAfter(NOW, urgency === 'urgent' ? -3 : -25) })
    await seed([...times(3, () => late('urgent')), late('normal'), filed(COMM, { queuedAt: hoursAfter(NOW, -1) })])
    expect((await stats({ orgId: COMM, scope: 'own' }, 'ancestorChair')).overdue).toBe('few')
    await seed([late('normal')])
    expect((await stats({ orgId: COMM, scope: 'own' }, 'ancestorChair')).overdue).toBe(5)
  })
})

describe('her own federation’s figures, exactly', () => {
  test('the chair sees her own 4 and 1 as numbers, where the 街道 chair sees 少于5', async () => {
    await seed([...times(4, () => filed(COMM, { category: 'employment' })), filed(COMM, { category: 'legal', state: 'closed', closedAt: NOW })])
    const hers = await stats({ orgId: COMM, scope: 'own' }, 'chair')
    expect(hers.total).toBe(5)
    expect(categoryCount(hers, 'employment')).toBe(4)
    expect(categoryCount(hers, 'legal')).toBe(1)
    expect(stateCount(hers, 'closed')).toBe(1)
    expect(stateCount(hers, 'submitted')).toBe(4)
    const above = await stats({ orgId: COMM, scope: 'own' }, 'ancestorChair')
    expect(categoryCount(above, 'employment')).toBe('few')
    expect(stateCount(above, 'closed')).toBe('few')
  })

  test('a chair with 3 cases sees 3, their overdue count and their median, not 少于5 and 数据不足', async () => {
    const queuedAt = '2026-11-22T20:00:00.000Z'
    await seed([
      ...[1, 2, 6].map((h) => filed(COMM, { state: 'accepted', createdAt: queuedAt, queuedAt, acceptedAt: hoursAfter(queuedAt, h), firstContactAt: hoursAfter(queuedAt, h) })),
    ])
    await seed([filed(COMM, { urgency: 'urgent', queuedAt: hoursAfter(NOW, -3) })])
    const hers = await stats({ orgId: COMM, scope: 'own' }, 'chair')
    expect(hers).toMatchObject({ total: 4, overdue: 1, medianHoursToAccept: 2 })
  })

  test('in her roll-up her own cases count exactly, the 妇女小组’s 2 only as the range its published 少于5 allows', async () => {
    await seed([...times(3, () => filed(COMM, { category: 'employment' })), ...times(2, () => filed(IDS.group, { category: 'employment' }))])
    const rollup = await stats({ orgId: COMM, scope: 'rollup' }, 'chair')
    expect(rollup.total).toEqual({ min: 4, max: 7 })
    expect(categoryCount(rollup, 'employment')).toEqual({ min: 3, max: 7 })
  })
})

describe('months', () => {
  test('the last twelve months in Beijing time, oldest first; a case at 00:30 on 1 Nov Beijing counts in November', async () => {
    const lastOfOctober = '2026-10-31T15:30:00.000Z' // 23:30 Beijing
    const firstOfNovember = '2026-10-31T16:30:00.000Z' // 00:30 Beijing
    await seed([
      ...times(5, () => filed(COMM, { createdAt: lastOfOctober })),
      ...times(6, () => filed(COMM, { createdAt: firstOfNovember })),
      filed(COMM, { createdAt: '2025-11-20T02:00:00.000Z' }),
    ])
    const result = await stats({ orgId: COMM, scope: 'own' }, 'chair')
    expect(result.byMonth.map((m) => m.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ])
    expect(result.byMonth.slice(-2)).toEqual([
      { month: '2026-10', count: 5 },
      { month: '2026-11', count: 6 },
    ])
    expect(result.total).toBe(12)
  })
})

describe('medians', () => {
  test('median hours from entering the queue to acceptance, and from filing to closure', async () => {
    const queuedAt = '2026-11-10T02:00:00.000Z'
    await seed([
      ...[1, 2, 3, 4, 10].map((h) => filed(COMM, { state: 'accepted', createdAt: queuedAt, queuedAt, acceptedAt: hoursAfter(queuedAt, h) })),
      ...[24, 48, 72, 96, 120, 144].map((h) => filed(COMM, { state: 'closed', createdAt: queuedAt, queuedAt, closedAt: hoursAfter(queuedAt, h) })),
    ])
    const result = await stats({ orgId: COMM, scope: 'own' }, 'chair')
    expect(result.medianHoursToAccept).toBe(3)
    expect(result.medianHoursToClose).toBe(84)
  })

  test('fewer than 5 cases give a chair above no median', async () => {
    const queuedAt = '2026-11-10T02:00:00.000Z'
    await seed(times(4, (i) => filed(COMM, { state: 'closed', createdAt: queuedAt, queuedAt, acceptedAt: hoursAfter(queuedAt, i + 1), closedAt: hoursAfter(queuedAt, 30) })))
    const result = await stats({ orgId: COMM, scope: 'own' }, 'ancestorChair')
    expect(result).toMatchObject({ medianHoursToAccept: null, medianHoursToClose: null })
  })
})

describe('scopes', () => {
  beforeEach(async () => {
    await seed([
      ...times(5, () => filed(COMM)),
      ...times(2, () => filed(IDS.group)),
      ...times(3, () => filed(IDS.sibling)),
      ...times(7, () => filed(IDS.other)),
      ...times(1, () => filed(IDS.street)),
    ])
  })

  test('own counts only the federation’s own cases', async () => {
    expect((await stats({ orgId: COMM, scope: 'own' }, 'chair')).total).toBe(5)
  })

  test('the 街道 chair’s rollup adds every federation below her, and nothing of another 街道', async () => {
    expect(await stats({ orgId: IDS.street, scope: 'rollup' }, 'ancestorChair')).toMatchObject({ scope: 'rollup', total: 11 })
  })

  test('the 社区 chair’s rollup adds her 妇女小组: its 2 cases only as the range its hidden total allows', async () => {
    expect((await stats({ orgId: COMM, scope: 'rollup' }, 'chair')).total).toEqual({ min: 6, max: 9 })
  })

  test('the 街道 chair may see a 社区’s own figures; a member may not, and the refusal is audited', async () => {
    expect((await stats({ orgId: COMM, scope: 'own' }, 'ancestorChair')).total).toBe(5)
    await expect(stats({ orgId: COMM, scope: 'own' }, 'member')).rejects.toMatchObject({ code: 'FORBIDDEN' })
    const refusals = await services.store.find<AuditDoc>('audit', { outcome: 'refused' })
    expect(refusals).toMatchObject([{ fn: 'requests', action: 'stats.own', actor: CALLERS.member }])
  })
})

test('nothing in the figures leads back to a case: no ids, no codes, no openids', async () => {
  await seed(times(6, () => filed(COMM, { category: 'domesticViolence' })))
  const text = JSON.stringify(await stats({ orgId: COMM, scope: 'rollup' }, 'chair'))
  expect(text).not.toMatch(/case-|QZ-|oid-|sealed/)
})

test('every case is counted when there are more than one read can return (1,000)', async () => {
  await seed(times(2345, (i) => filed(COMM, { category: i % 2 === 0 ? 'legal' : 'hardship' })))
  const result = await stats({ orgId: COMM, scope: 'own' }, 'chair')
  expect(result.total).toBe(2345)
  expect(categoryCount(result, 'legal')).toBe(1173)
})
