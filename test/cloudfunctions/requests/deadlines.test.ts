// The two deadlines of a help request: accepted within 2 h (urgent) or 24 h of entering
// the queue, first contact within 72 h of acceptance; a closed case is never overdue.
// The store filters that count overdue cases must agree with the computation exactly.
import fc from 'fast-check'
import { deadlinesOf, isOverdue, overdueFilters } from '../../../cloudfunctions/requests/lib/deadlines'
import { NedbStore } from '../../../server/nedb'
import type { RequestDoc } from '../../../types'

type Fields = Pick<RequestDoc, 'urgency' | 'queuedAt' | 'acceptedAt' | 'firstContactAt' | 'state'>

const QUEUED = '2026-11-23T02:00:00.000Z'
const HOUR = 3600 * 1000
const at = (iso: string, hours: number, ms = 0) => new Date(new Date(iso).getTime() + hours * HOUR + ms)
const submitted = (urgency: RequestDoc['urgency']): Fields => ({ urgency, queuedAt: QUEUED, acceptedAt: null, firstContactAt: null, state: 'submitted' })
const ACCEPTED = '2026-11-23T03:00:00.000Z'
const accepted: Fields = { urgency: 'urgent', queuedAt: QUEUED, acceptedAt: ACCEPTED, firstContactAt: null, state: 'accepted' }

describe('acceptance deadline', () => {
  test.each([
    ['urgent', 2],
    ['normal', 24],
  ] as const)('a %s case must be accepted within %i hours of entering the queue', (urgency, hours) => {
    const doc = submitted(urgency)
    expect(deadlinesOf(doc, at(QUEUED, 0)).acceptBy).toBe(at(QUEUED, hours).toISOString())
    expect(deadlinesOf(doc, at(QUEUED, hours)).overdue.accept).toBe(false)
    expect(deadlinesOf(doc, at(QUEUED, hours, 1)).overdue.accept).toBe(true)
  })

  test('an urgent case one hour in is on time; a normal one is still on time at 23 h 59 min', () => {
    expect(deadlinesOf(submitted('urgent'), at(QUEUED, 1)).overdue).toEqual({ accept: false, contact: false })
    expect(deadlinesOf(submitted('normal'), at(QUEUED, 24, -60_000)).overdue).toEqual({ accept: false, contact: false })
  })

  test('an accepted case is no longer late for acceptance, however long it waited', () => {
    expect(deadlinesOf(accepted, at(QUEUED, 10)).overdue.accept).toBe(false)
  })
})

describe('first-contact deadline', () => {
  test('she must be contacted within 72 hours of acceptance', () => {
    expect(deadlinesOf(accepted, at(ACCEPTED, 1)).contactBy).toBe(at(ACCEPTED, 72).toISOString())
    expect(deadlinesOf(accepted, at(ACCEPTED, 72)).overdue.contact).toBe(false)
    expect(deadlinesOf(accepted, at(ACCEPTED, 72, 1)).overdue.contact).toBe(true)
  })

  test('there is no contact deadline before acceptance, nor once she has been contacted', () => {
    expect(deadlinesOf(submitted('normal'), at(QUEUED, 100)).contactBy).toBeNull()
    const contacted: Fields = { ...accepted, state: 'inProgress', firstContactAt: at(ACCEPTED, 80).toISOString() }
    expect(deadlinesOf(contacted, at(ACCEPTED, 500))).toMatchObject({ contactBy: null, overdue: { accept: false, contact: false } })
  })
})

describe('closed cases', () => {
  test.each([
    ['closed straight from the queue', { ...submitted('urgent'), state: 'closed' as const }],
    ['closed after acceptance, never contacted', { ...accepted, state: 'closed' as const }],
  ])('a case %s is never overdue', (_, doc) => {
    expect(deadlinesOf(doc, at(QUEUED, 10_000)).overdue).toEqual({ accept: false, contact: false })
    expect(isOverdue(doc, at(QUEUED, 10_000))).toBe(false)
  })
})

describe('the store filters count exactly the overdue cases', () => {
  const NOW = new Date('2026-11-23T02:00:00.000Z')
  const offset = fc.integer({ min: -200 * HOUR, max: 0 })
  const fields = fc.record({
    urgency: fc.constantFrom('urgent' as const, 'normal' as const),
    state: fc.constantFrom('submitted' as const, 'accepted' as const, 'inProgress' as const, 'closed' as const),
    queued: offset,
    accepted: fc.option(offset),
    contacted: fc.option(offset),
    boundary: fc.constantFrom(null, 2 * HOUR, 24 * HOUR, 72 * HOUR),
  })
  const iso = (ms: number) => new Date(NOW.getTime() + ms).toISOString()

  test('for any case, matching one of the filters is the same as being overdue', async () => {
    await fc.assert(
      fc.asyncProperty(fields, async (f) => {
        const store = await NedbStore.open()
        const queuedAt = f.boundary && f.state === 'submitted' ? iso(-f.boundary) : iso(f.queued)
        const acceptedAt = f.state === 'submitted' ? null : f.boundary ? iso(-f.boundary) : iso(f.accepted ?? f.queued)
        const firstContactAt = f.state === 'inProgress' ? iso(f.contacted ?? 0) : null
        const doc: Fields = { urgency: f.urgency, state: f.state, queuedAt, acceptedAt, firstContactAt }
        await store.insert('requests', { _id: 'r1', ...doc })
        const counts = await Promise.all(overdueFilters(NOW).map((filter) => store.count('requests', filter)))
        expect(counts.reduce((a, b) => a + b, 0)).toBe(isOverdue(doc, NOW) ? 1 : 0)
      }),
      { numRuns: 300 },
    )
  })
})
