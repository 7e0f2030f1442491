// requests.queue: the chair's queue of help requests (own), the cases escalated to her
// federation (上报), and a member's assigned cases — newest first with a stable cursor,
// filtered by state, with the overdue count, and never a name or a word she wrote.
import { createCaller } from '../../fixtures/caller'
import { queueItem, type ActionInput, type AuditDoc, type QueueItem, type RequestDoc } from '../../../types'
import type { TestServices } from '../../fixtures/services'
import { CALLERS, COMM, IDS, NOW, requestServices, waitingCase, type CallerName } from './fixtures/requestsTree'

const HOUR = 3600 * 1000
const hoursAgo = (hours: number) => new Date(new Date(NOW).getTime() - hours * HOUR).toISOString()

let seq = 0
/** A stored case of `orgId` that entered the queue `queuedHoursAgo` hours ago; code QZ-T000000<n> for the n-th. */
function queued(orgId: string, queuedHoursAgo: number, over: Partial<RequestDoc> = {}): RequestDoc {
  seq += 1
  return waitingCase(`case-${String(seq).padStart(3, '0')}`, `QZ-T${String(seq).padStart(7, '0')}`, orgId, hoursAgo(queuedHoursAgo), over)
}

let services: TestServices
/** requests.queue as `who` calls it: through dispatch, so the policy applies as it does for a client. */
const queue = (payload: ActionInput<'requests', 'queue'>, who: CallerName) => createCaller('requests', services, who).queue(payload)
async function seed(...docs: RequestDoc[]): Promise<RequestDoc[]> {
  for (const doc of docs) await services.store.insert('requests', doc)
  return docs
}
const codes = (items: QueueItem[]) => items.map((i) => i.code)

beforeEach(async () => {
  seq = 0
  services = await requestServices()
})

describe('the chair’s own queue', () => {
  test('newest in the queue first; pages of any size together list every case once, ties included', async () => {
    const docs = await seed(...Array.from({ length: 23 }, (_, i) => queued(COMM, Math.floor(i / 3))))
    const expected = [...docs].sort((a, b) => (a.queuedAt === b.queuedAt ? b._id.localeCompare(a._id) : b.queuedAt.localeCompare(a.queuedAt))).map((d) => d.code)
    for (const limit of [1, 4, 5, 23, 50]) {
      const seen: string[] = []
      let cursor: { at: string; id: string } | undefined
      for (;;) {
        const page = await queue({ orgId: COMM, scope: 'own', limit, cursor }, 'chair')
        seen.push(...codes(page.items))
        if (!page.nextCursor) break
        cursor = page.nextCursor
      }
      expect(seen).toEqual(expected)
    }
  })

  test('a case arriving while she pages does not shift the next page', async () => {
    await seed(queued(COMM, 3), queued(COMM, 2), queued(COMM, 1))
    const first = await queue({ orgId: COMM, scope: 'own', limit: 2 }, 'chair')
    expect(codes(first.items)).toEqual(['QZ-T0000003', 'QZ-T0000002'])
    await seed(queued(COMM, 0))
    const second = await queue({ orgId: COMM, scope: 'own', limit: 2, cursor: first.nextCursor! }, 'chair')
    expect(codes(second.items)).toEqual(['QZ-T0000001'])
    expect(second.nextCursor).toBeNull()
  })

  test('filtered by state; the overdue count covers every open case of the federation whatever the filter', async () => {
    await seed(
      queued(COMM, 3, { urgency: 'urgent' }), // late: urgent, 3 h waiting
      queued(COMM, 25), // late: 25 h waiting
      queued(COMM, 1), // on time
      queued(COMM, 100, { state: 'accepted', acceptedAt: hoursAgo(73), assigneeId: IDS.memberA }), // late: no contact in 72 h
      queued(COMM, 100, { state: 'inProgress', acceptedAt: hoursAgo(99), firstContactAt: hoursAgo(98), assigneeId: IDS.memberA }),
      queued(COMM, 100, { state: 'closed', closedAt: hoursAgo(1) }), // closed: never late
      queued(IDS.sibling, 50), // another federation's
    )
    const accepted = await queue({ orgId: COMM, scope: 'own', state: 'accepted' }, 'chair')
    expect(accepted.items).toMatchObject([{ code: 'QZ-T0000004', state: 'accepted', assigned: true, overdue: { accept: false, contact: true } }])
    expect(accepted.overdueCount).toBe(3)
    const waiting = await queue({ orgId: COMM, scope: 'own', state: 'submitted' }, 'viceChair')
    expect(waiting.items.map((i) => [i.code, i.overdue.accept])).toEqual([
      ['QZ-T0000003', false],
      ['QZ-T0000001', true],
      ['QZ-T0000002', true],
    ])
    expect(waiting.items[1]!.acceptBy).toBe(hoursAgo(1))
  })

  test('an item is only code, category, urgency, age band, state and deadlines: no name, phone, text or openid', async () => {
    const personal = { name: '林女士', description: '他又动手了，我很害怕', needs: '想离开', phone: '13800138000', address: '幸福小区3栋', safeTimes: '工作日上午' }
    await seed(queued(COMM, 1, { personal: services.ports.vault.seal(JSON.stringify(personal)), escalatedToOrgId: null }))
    const { items } = await queue({ orgId: COMM, scope: 'own' }, 'chair')
    expect(Object.keys(items[0]!).sort()).toEqual(Object.keys(queueItem.def.shape).sort())
    expect(items[0]).toMatchObject({ code: 'QZ-T0000001', orgName: '和平街道幸福社区妇联', category: 'domesticViolence', ageBand: '18to59', escalated: false, assigned: false })
    const text = JSON.stringify(items)
    for (const secret of [...Object.values(personal), 'v1.', CALLERS.resident]) expect(text).not.toContain(secret)
  })

  test('only the federation’s chair and vice-chairs see its queue; others are refused and audited', async () => {
    for (const who of ['member', 'ancestorChair', 'unrelatedChair', 'resident'] as const) {
      await expect(queue({ orgId: COMM, scope: 'own' }, who)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
    const refusals = await services.store.find<AuditDoc>('audit', { outcome: 'refused' })
    expect(refusals.map((r) => r.actor).sort()).toEqual([CALLERS.ancestorChair, CALLERS.member, CALLERS.resident, CALLERS.unrelatedChair].sort())
    await expect(queue({ orgId: 'no-such-org', scope: 'own' }, 'chair')).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('the escalated queue (上报)', () => {
  beforeEach(async () => {
    await seed(
      queued(COMM, 30, { escalatedToOrgId: IDS.street, escalatedAt: hoursAgo(5) }), // late
      queued(IDS.sibling, 2, { escalatedToOrgId: IDS.street, escalatedAt: hoursAgo(1), state: 'accepted', acceptedAt: hoursAgo(1) }),
      queued(COMM, 1), // not escalated
      queued(IDS.group, 40, { escalatedToOrgId: COMM, escalatedAt: hoursAgo(2) }), // 小组 → 社区, late
    )
  })

  test('the 街道 chair sees the cases her 社区s escalated, each with its federation’s name, and their overdue count', async () => {
    const result = await queue({ orgId: IDS.street, scope: 'escalated' }, 'ancestorChair')
    expect(result.items.map((i) => [i.code, i.orgName, i.escalated])).toEqual([
      ['QZ-T0000002', '和平街道安康社区妇联', true],
      ['QZ-T0000001', '和平街道幸福社区妇联', true],
    ])
    expect(result.overdueCount).toBe(1)
  })

  test('the 社区 chair’s escalated queue holds only what her 妇女小组 escalated to her', async () => {
    const result = await queue({ orgId: COMM, scope: 'escalated' }, 'chair')
    expect(result.items.map((i) => [i.code, i.orgName])).toEqual([['QZ-T0000004', '幸福社区第一妇女小组']])
    expect(result.overdueCount).toBe(1)
  })

  test('a member of the 街道 who is not its chair, and chairs of other federations, cannot see it', async () => {
    for (const who of ['chair', 'member', 'unrelatedChair'] as const) {
      await expect(queue({ orgId: IDS.street, scope: 'escalated' }, who)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
  })
})

describe('the assigned queue', () => {
  beforeEach(async () => {
    await seed(
      queued(COMM, 5, { state: 'accepted', acceptedAt: hoursAgo(80), assigneeId: IDS.memberA, backupId: IDS.memberB }), // late contact
      queued(COMM, 4, { state: 'accepted', acceptedAt: hoursAgo(4), assigneeId: IDS.memberB, backupId: IDS.memberA }),
      queued(COMM, 3, { state: 'accepted', acceptedAt: hoursAgo(3), assigneeId: IDS.chair, backupId: null }),
      queued(COMM, 2), // waiting, nobody assigned
    )
  })

  test('a member sees the cases she is assigned to or backs up, and how many of them are late', async () => {
    const result = await queue({ orgId: COMM, scope: 'assigned' }, 'member')
    expect(codes(result.items)).toEqual(['QZ-T0000002', 'QZ-T0000001'])
    expect(result.overdueCount).toBe(1)
  })

  test('the chair’s assigned queue holds her own assignments only; paging and state filter still apply', async () => {
    expect(codes((await queue({ orgId: COMM, scope: 'assigned' }, 'chair')).items)).toEqual(['QZ-T0000003'])
    const page = await queue({ orgId: COMM, scope: 'assigned', state: 'accepted', limit: 1 }, 'member')
    expect(codes(page.items)).toEqual(['QZ-T0000002'])
    const next = await queue({ orgId: COMM, scope: 'assigned', state: 'accepted', limit: 1, cursor: page.nextCursor! }, 'member')
    expect(codes(next.items)).toEqual(['QZ-T0000001'])
    expect(next.nextCursor).toBeNull()
  })

  test('a case escalated to the 街道 and given to one of its members is in her assigned queue there', async () => {
    await seed(queued(COMM, 1, { state: 'accepted', acceptedAt: hoursAgo(1), escalatedToOrgId: IDS.street, escalatedAt: hoursAgo(1), assigneeId: 'street-chair' }))
    const result = await queue({ orgId: IDS.street, scope: 'assigned' }, 'ancestorChair')
    expect(result.items.map((i) => [i.code, i.orgName, i.escalated])).toEqual([['QZ-T0000005', '和平街道幸福社区妇联', true]])
  })

  test('a resident or a member of another federation has no assigned queue here', async () => {
    for (const who of ['resident', 'unrelatedStaff'] as const) {
      await expect(queue({ orgId: COMM, scope: 'assigned' }, who)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
  })
})

describe('the cases waiting on a deadline come first (pressingFirst)', () => {
  beforeEach(async () => {
    await seed(
      queued(COMM, 30), // 1: normal, 受理 6 h late
      queued(COMM, 1, { urgency: 'urgent' }), // 2: urgent, 1 h left to accept
      queued(COMM, 2), // 3: normal, 22 h left
      queued(COMM, 3, { urgency: 'urgent' }), // 4: urgent, 1 h late
      queued(COMM, 100, { state: 'accepted', acceptedAt: hoursAgo(70), assigneeId: IDS.memberA }), // 5: 首次联系 due in 2 h
      queued(COMM, 4, { state: 'inProgress', acceptedAt: hoursAgo(4), firstContactAt: hoursAgo(3), assigneeId: IDS.memberA }), // 6: waits on nothing
      queued(COMM, 0, { state: 'closed', closedAt: hoursAgo(0) }), // 7: closed
      queued(COMM, 5, { state: 'accepted', acceptedAt: hoursAgo(5), firstContactAt: hoursAgo(4), assigneeId: IDS.memberA }), // 8: contacted
    )
  })

  test('urgent before normal, then the earliest deadline; the rest newest first, each case once', async () => {
    const result = await queue({ orgId: COMM, scope: 'own', pressingFirst: true }, 'chair')
    expect(result.pressing.map((i) => [i.code, i.due])).toEqual([
      ['QZ-T0000004', { kind: 'accept', by: hoursAgo(1) }],
      ['QZ-T0000002', { kind: 'accept', by: hoursAgo(-1) }],
      ['QZ-T0000001', { kind: 'accept', by: hoursAgo(6) }],
      ['QZ-T0000005', { kind: 'contact', by: hoursAgo(-2) }],
      ['QZ-T0000003', { kind: 'accept', by: hoursAgo(-22) }],
    ])
    expect(result.items.map((i) => [i.code, i.due])).toEqual([
      ['QZ-T0000007', null],
      ['QZ-T0000006', null],
      ['QZ-T0000008', null],
    ])
  })

  test('paged, the rest never repeat a pressing case; a state filter narrows both', async () => {
    const first = await queue({ orgId: COMM, scope: 'own', pressingFirst: true, limit: 2 }, 'chair')
    const second = await queue({ orgId: COMM, scope: 'own', pressingFirst: true, limit: 2, cursor: first.nextCursor! }, 'chair')
    expect([...codes(first.items), ...codes(second.items)]).toEqual(['QZ-T0000007', 'QZ-T0000006', 'QZ-T0000008'])
    expect(second.nextCursor).toBeNull()
    const accepted = await queue({ orgId: COMM, scope: 'own', state: 'accepted', pressingFirst: true }, 'chair')
    expect([codes(accepted.pressing), codes(accepted.items)]).toEqual([['QZ-T0000005'], ['QZ-T0000008']])
    const closed = await queue({ orgId: COMM, scope: 'own', state: 'closed', pressingFirst: true }, 'chair')
    expect([codes(closed.pressing), codes(closed.items)]).toEqual([[], ['QZ-T0000007']])
  })

  test('without pressingFirst the queue is as before: every case newest first, nothing apart', async () => {
    const result = await queue({ orgId: COMM, scope: 'own' }, 'chair')
    expect(result.pressing).toEqual([])
    expect(codes(result.items)).toEqual(['QZ-T0000007', 'QZ-T0000002', 'QZ-T0000003', 'QZ-T0000004', 'QZ-T0000006', 'QZ-T0000008', 'QZ-T0000001', 'QZ-T0000005'])
  })
})
