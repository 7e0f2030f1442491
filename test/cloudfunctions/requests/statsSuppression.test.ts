// 求助统计 must not let a hidden small count be worked out by subtraction: not from the
// other figures and the totals of the same answer, and not from the roll-up (汇总) of the
// federation above minus what each federation below shows. Checked on the issue's own
// example, then on random tables and random trees of federations.
import fc from 'fast-check'
import { REQUEST_CATEGORIES, REQUEST_STATES, type RequestCategory, type RequestState, type RequestStats } from '../../../types'
import { summarise, type StatCase } from '../../../cloudfunctions/requests/lib/stats'
import { protectRow } from '../../../cloudfunctions/shared/suppression'
import { createCaller } from '../../fixtures/caller'
import type { TestServices } from '../../fixtures/services'
import { caseDoc, COMM, IDS, NOW, requestServices } from './fixtures/requestsTree'

const now = new Date(NOW)
/** A day in each of the last fourteen months, Beijing noon: the answer shows the last twelve. */
const MONTH_DAYS = Array.from({ length: 14 }, (_, i) => new Date(Date.UTC(2026, 10 - i, 15, 4)).toISOString())

type Count = RequestStats['total']
const isShown = (count: Count): count is number => typeof count === 'number'

/** A case that counts where a test says; still waiting, so nothing but its category, state and month matter. */
function statCase(orgId: string, category: RequestCategory, state: RequestState, createdAt: string): StatCase {
  return { orgId, category, state, urgency: 'normal', createdAt, queuedAt: createdAt, acceptedAt: null, firstContactAt: null, closedAt: null }
}

/**
 * The values a reader could still believe for each withheld count of a row, knowing the
 * row adds up to `sum`, every shown number, that a 少于5 is 1–4 (0–4 when the row hides
 * a zero), and that a — is at least 5 and, being withheld smallest first, at most the
 * numbers shown after it and below those shown before it (unless the whole row is —).
 */
function readerRanges(row: Count[], truth: number[], sum: number): { lo: number; hi: number }[] {
  const hidesAZero = row.some((count, i) => count === 'few' && truth[i] === 0)
  const withheldWhole = row.every((count) => count === 'hidden')
  const bounds = row.map((count, i) => {
    if (withheldWhole) return { lo: 0, hi: sum }
    if (isShown(count)) return { lo: count, hi: count }
    if (count === 'few' || count === null) return { lo: hidesAZero ? 0 : 1, hi: 4 }
    const after = row.map((other, j) => (isShown(other) && other >= 5 ? (j < i ? other - 1 : other) : Infinity))
    return { lo: 5, hi: Math.min(sum, ...after) }
  })
  const loSum = bounds.reduce((n, b) => n + b.lo, 0)
  const hiSum = bounds.reduce((n, b) => n + b.hi, 0)
  return bounds.map((b) => ({ lo: Math.max(b.lo, sum - (hiSum - b.hi)), hi: Math.min(b.hi, sum - (loSum - b.lo)) }))
}

/** The withheld counts of a row a reader could pin down to one value: each as "row[index] = value". */
function derivable(name: string, row: Count[], truth: number[], sum: number): string[] {
  return readerRanges(row, truth, sum)
    .map((range, i) => (!isShown(row[i]!) && range.lo === range.hi ? `${name}[${i}] = ${range.lo}` : ''))
    .filter(Boolean)
}

interface Truth {
  total: number
  byCategory: number[]
  byState: number[]
  byMonth: number[]
}

function truthOf(cases: StatCase[]): Truth {
  const months = summarise('own', [], now).byMonth.map((m) => m.month)
  const monthOf = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600 * 1000).toISOString().slice(0, 7)
  return {
    total: cases.length,
    byCategory: REQUEST_CATEGORIES.map((k) => cases.filter((c) => c.category === k).length),
    byState: REQUEST_STATES.map((k) => cases.filter((c) => c.state === k).length),
    byMonth: months.map((k) => cases.filter((c) => monthOf(c.createdAt) === k).length),
  }
}

/** Everything a reader of one answer could work out, and any figure that is not true to the cases. */
function problemsOf(answer: RequestStats, truth: Truth): string[] {
  const rows: [string, Count[], number[]][] = [
    ['byCategory', answer.byCategory.map((c) => c.count), truth.byCategory],
    ['byState', answer.byState.map((c) => c.count), truth.byState],
    // as if she knew how many cases are older than the twelve months shown
    ['byMonth', answer.byMonth.map((c) => c.count), truth.byMonth],
  ]
  const problems: string[] = []
  if (!isShown(answer.total)) {
    for (const [name, row] of rows) if (row.some(isShown)) problems.push(`${name} shows a number while the total is withheld`)
    return problems
  }
  for (const [name, row, values] of rows) {
    const sum = values.reduce((n, v) => n + v, 0)
    const withheld = row.filter((count) => !isShown(count)).length
    if (withheld === 1) problems.push(`${name} withholds a single count`)
    problems.push(...derivable(name, row, values, sum))
    row.forEach((count, i) => {
      if (isShown(count) && count !== values[i]) problems.push(`${name}[${i}] shows ${count}, is ${values[i]}`)
      if (isShown(count) && count > 0 && count < 5) problems.push(`${name}[${i}] shows the small count ${count}`)
      if (count === 'few' && values[i]! >= 5) problems.push(`${name}[${i}] reads 少于5 but is ${values[i]}`)
    })
  }
  return problems
}

describe('one row', () => {
  test('worked examples: a small count takes the smallest large one with it; zeros, then the whole row, only when still needed', () => {
    const shown = (values: number[]) => protectRow(values).shown
    expect(shown([160, 85, 2, 33, 0])).toEqual([160, 85, 'few', 'hidden', 0])
    expect(shown([2, 0, 7, 30, 6])).toEqual(['few', 0, 7, 30, 'hidden'])
    // 1 + 5 = 6 would give both away: the zeros read 少于5 too
    expect(shown([1, 5, 0, 0])).toEqual(['few', 'hidden', 'few', 'few'])
    // one case in each of twelve months: every month 1 could be read off, so no month is shown
    expect(shown(Array(12).fill(1))).toEqual(Array(12).fill('hidden'))
    expect(shown([12, 30, 0, 7])).toEqual([12, 30, 0, 7])
  })

  test('every row of four counts from 0 to 9: nothing withheld can be pinned down, and no count stands withheld alone', () => {
    const problems: string[] = []
    for (let n = 0; n < 10_000; n++) {
      const values = [n % 10, Math.floor(n / 10) % 10, Math.floor(n / 100) % 10, Math.floor(n / 1000)]
      const row = protectRow(values).shown
      const sum = values.reduce((a, b) => a + b, 0)
      if (row.filter((count) => !isShown(count)).length === 1) problems.push(`${values} withholds one count`)
      problems.push(...derivable(String(values), row, values, sum))
    }
    expect(problems).toEqual([])
  }, 60_000)
})

describe('within one answer', () => {
  test('the issue’s example: 280 cases, states 160 / 85 / 2 / 33 — the 2 cannot be had by subtraction', () => {
    const states: [RequestState, number][] = [
      ['submitted', 160],
      ['accepted', 85],
      ['inProgress', 2],
      ['closed', 33],
    ]
    const cases = states.flatMap(([state, n]) => Array.from({ length: n }, (_, i) => statCase(COMM, REQUEST_CATEGORIES[i % 3]!, state, MONTH_DAYS[i % 12]!)))
    const answer = summarise('own', cases, now)
    expect(answer.total).toBe(280)
    expect(problemsOf(answer, truthOf(cases))).toEqual([])
    // the chair still sees the large figures
    expect(answer.byState.find((s) => s.state === 'submitted')?.count).toBe(160)
    expect(answer.byState.find((s) => s.state === 'accepted')?.count).toBe(85)
  })

  test('for random tables, no withheld count can be worked out from the published figures and the total', () => {
    // small counts are common: a few cases, spread unevenly
    const oneCase = fc.record({
      category: fc.constantFrom(...REQUEST_CATEGORIES.slice(0, 3), ...REQUEST_CATEGORIES),
      state: fc.constantFrom(...REQUEST_STATES.slice(0, 2), ...REQUEST_STATES),
      month: fc.integer({ min: 0, max: MONTH_DAYS.length - 1 }),
    })
    fc.assert(
      fc.property(fc.array(oneCase, { maxLength: 70 }), (drawn) => {
        const cases = drawn.map(({ category, state, month }) => statCase(COMM, category, state, MONTH_DAYS[month]!))
        expect(problemsOf(summarise('own', cases, now), truthOf(cases))).toEqual([])
      }),
      { numRuns: 400 },
    )
  }, 60_000)
})

describe('across the roll-up', () => {
  const ORGS = ['comm', 'g1', 'g2', 'g3']
  const oneCase = fc.record({
    org: fc.constantFrom(...ORGS),
    category: fc.constantFrom(...REQUEST_CATEGORIES.slice(0, 4)),
    state: fc.constantFrom(...REQUEST_STATES.slice(0, 3)),
    month: fc.integer({ min: 0, max: 3 }),
  })
  const toCases = (drawn: { org: string; category: RequestCategory; state: RequestState; month: number }[]) =>
    drawn.map(({ org, category, state, month }) => statCase(org, category, state, MONTH_DAYS[month]!))
  const ownOf = (cases: StatCase[], org: string) =>
    summarise(
      'own',
      cases.filter((c) => c.orgId === org),
      now,
    )

  test('moving a case between two of a federation’s hidden counts, so that its answer reads the same, leaves the roll-up the same', () => {
    let moved = 0
    fc.assert(
      fc.property(fc.array(oneCase, { maxLength: 60 }), fc.constantFrom(...ORGS), (drawn, org) => {
        const cases = toCases(drawn)
        const before = ownOf(cases, org)
        const hidden = before.byCategory.filter((c) => !isShown(c.count)).map((c) => c.category)
        const from = cases.findIndex((c) => c.orgId === org && hidden.includes(c.category))
        const to = hidden.find((category) => category !== cases[from]?.category)
        if (from < 0 || !to) return
        const changed = cases.map((c, i) => (i === from ? { ...c, category: to } : c))
        if (JSON.stringify(ownOf(changed, org)) !== JSON.stringify(before)) return
        moved += 1
        expect(summarise('rollup', changed, now)).toEqual(summarise('rollup', cases, now))
        // the 社区 chair sees her own figures exactly: a federation below her is as protected as before
        if (org !== 'comm') expect(summarise('rollup', changed, now, 'comm')).toEqual(summarise('rollup', cases, now, 'comm'))
      }),
      { numRuns: 400 },
    )
    expect(moved).toBeGreaterThan(20)
  }, 60_000)

  test('for random trees, every roll-up figure is true to the cases, and none is a small count', () => {
    fc.assert(
      fc.property(fc.array(oneCase, { maxLength: 60 }), (drawn) => {
        const cases = toCases(drawn)
        const rollup = summarise('rollup', cases, now)
        const truth = truthOf(cases)
        const check = (count: Count, value: number) => {
          if (isShown(count)) {
            expect(count).toBe(value)
            expect(count === 0 || count >= 5).toBe(true)
          } else if (typeof count === 'object' && count !== null) {
            expect(value).toBeGreaterThanOrEqual(count.min)
            if (count.max !== null) expect(value).toBeLessThanOrEqual(count.max)
          } else throw new Error(`a roll-up shows ${String(count)}`)
        }
        check(rollup.total, truth.total)
        rollup.byCategory.forEach((c, i) => check(c.count, truth.byCategory[i]!))
        rollup.byState.forEach((c, i) => check(c.count, truth.byState[i]!))
        rollup.byMonth.forEach((c, i) => check(c.count, truth.byMonth[i]!))
      }),
      { numRuns: 300 },
    )
  }, 60_000)

  test('a federation whose one row is all withheld but a single large count still rolls up to a true range', () => {
    // 5 submitted and 1 inProgress: the states read —, 少于5, 少于5, 少于5 (the 5 is the only count that is not small)
    const drawn = [...Array.from({ length: 5 }, () => 'submitted' as const), 'inProgress' as const].map((state) => ({
      org: 'g2',
      category: 'domesticViolence' as const,
      state,
      month: 0,
    }))
    const rollup = summarise('rollup', toCases(drawn), now)
    expect(rollup.byState.map((s) => s.count)).toEqual([
      { min: 5, max: 6 },
      { min: 0, max: 1 },
      { min: 0, max: 1 },
      { min: 0, max: 1 },
    ])
  })
})

describe('through requests.stats', () => {
  let services: TestServices
  beforeEach(async () => {
    services = await requestServices()
  })

  test('the 社区 chair cannot get her 妇女小组’s 2 家暴 cases by subtracting the 社区’s own figure from the roll-up', async () => {
    const at = '2026-11-16T02:00:00.000Z'
    const filed = (id: string, orgId: string, category: RequestCategory) =>
      caseDoc(id, 'submitted', {
        orgId,
        orgAncestorIds: orgId === COMM ? [IDS.street] : [IDS.street, COMM],
        category,
        createdAt: at,
        updatedAt: at,
        queuedAt: at,
        assigneeId: null,
        acceptedAt: null,
      })
    for (const doc of [
      ...['a', 'b', 'c', 'd', 'e'].map((id) => filed(`own-${id}`, COMM, 'domesticViolence')),
      filed('group-a', IDS.group, 'domesticViolence'),
      filed('group-b', IDS.group, 'domesticViolence'),
    ]) {
      await services.store.insert('requests', doc)
    }
    const chair = createCaller('requests', services, 'chair')
    const own = await chair.stats({ orgId: COMM, scope: 'own' })
    const group = await chair.stats({ orgId: IDS.group, scope: 'own' })
    const rollup = await chair.stats({ orgId: COMM, scope: 'rollup' })
    const dv = (stats: RequestStats) => stats.byCategory.find((c) => c.category === 'domesticViolence')!.count
    expect(dv(own)).toBe(5)
    expect(isShown(dv(group))).toBe(false)
    // what the roll-up adds to the 社区's own 5 is not a number
    expect(isShown(dv(rollup))).toBe(false)
    expect(isShown(rollup.total)).toBe(false)
    expect(dv(rollup)).toEqual({ min: 5, max: 9 })
  })
})
