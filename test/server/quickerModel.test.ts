// nedb's model taken quicker (server/quickerModel.ts) answers as nedb's own does: the same
// match or refusal for every document and filter, whether it answers itself or hands the
// pair to nedb, and the same order of any two values: compared on many seeded pairs of
// values of every kind nedb knows.
import nedbModel from '@seald-io/nedb/lib/model'
import { NedbStore } from '../../server/nedb'
import { nedbOwn, quickerModel } from '../../server/quickerModel'
import { seeded } from '../fixtures/seeded'

quickerModel()

const SCALARS: unknown[] = ['a', 'b', '', undefined, '2026-01-01T00:00:00.000Z', '2026-06-30T16:00:00.000Z', 0, 1, -1, 2.5, NaN, true, false, null]

function valueOf(random: () => number, depth = 0): unknown {
  const roll = random()
  if (roll < 0.6 || depth > 1) return SCALARS[Math.floor(random() * SCALARS.length)]
  if (roll < 0.75) return Array.from({ length: Math.floor(random() * 3) }, () => valueOf(random, depth + 1))
  if (roll < 0.9) return { x: valueOf(random, depth + 1) }
  return new Date(Math.floor(random() * 3) * 1000)
}

const OPERATORS = ['$lt', '$lte', '$gt', '$gte', '$ne', '$in', '$nin', '$exists', '$regex', '$size', '$elemMatch', '$unknown']

function conditionOf(random: () => number): unknown {
  const roll = random()
  if (roll < 0.35) return valueOf(random)
  if (roll < 0.4) return /a/
  if (roll < 0.45) return { $gte: valueOf(random), plain: 1 }
  const condition: Record<string, unknown> = {}
  for (let n = 1 + Math.floor(random() * 2); n > 0; n--) {
    const name = OPERATORS[Math.floor(random() * OPERATORS.length)]!
    condition[name] =
      name === '$in' || name === '$nin' ? (random() < 0.9 ? [valueOf(random), valueOf(random)] : 'a') : name === '$regex' ? /b/ : name === '$elemMatch' ? { x: 1 } : valueOf(random)
  }
  return condition
}

const FIELDS = ['a', 'b', 'c', 'x.y', 'constructor']

function pairOf(random: () => number): { doc: Record<string, unknown>; query: Record<string, unknown> } {
  const doc: Record<string, unknown> = { _id: 'id' }
  for (const name of ['a', 'b', 'c', 'x']) if (random() < 0.8) doc[name] = name === 'x' ? { y: valueOf(random) } : valueOf(random)
  const query: Record<string, unknown> = {}
  for (let n = 1 + Math.floor(random() * 3); n > 0; n--) query[FIELDS[Math.floor(random() * (random() < 0.9 ? 3 : FIELDS.length))]!] = conditionOf(random)
  if (random() < 0.05) query.$or = [{ a: 'a' }, { b: 1 }]
  return { doc, query }
}

const outcome = (match: (doc: unknown, query: unknown) => boolean, doc: unknown, query: unknown): string => {
  try {
    return String(match(doc, query))
  } catch (error) {
    return `throws ${(error as Error).message}`
  }
}

test('on 30,000 seeded pairs of a document and a filter, the quicker match answers as nedb does', () => {
  const random = seeded(20261201)
  const answers = new Set<string>()
  for (let i = 0; i < 30_000; i++) {
    const { doc, query } = pairOf(random)
    const own = outcome(nedbOwn.match, doc, query)
    const quick = outcome(nedbModel.match, doc, query)
    if (quick !== own) throw new Error(`pair ${i}: ${JSON.stringify(doc)} ${JSON.stringify(query)} → ${quick}, nedb ${own}`)
    answers.add(own.startsWith('throws') ? 'throws' : own)
  }
  // the pairs reach every kind of answer
  expect([...answers].sort()).toEqual(['false', 'throws', 'true'])
})

test('the filters the product writes answer as nedb does, edge by edge', () => {
  const doc = { _id: 'q1', orgId: 'o1', state: 'submitted', createdAt: '2026-03-01T00:00:00.000Z', count: 3, gone: null, tags: ['a', 'b'] }
  const filters = [
    { orgId: 'o1', createdAt: { $gte: '2025-12-31T16:00:00.000Z', $lt: '2026-12-31T16:00:00.000Z' } },
    { orgId: 'o1', createdAt: { $gte: '2026-12-31T16:00:00.000Z' } },
    { _id: 'q1', count: { $lt: 5 } },
    { _id: 'q1', count: { $lt: 3 } },
    { count: { $lte: 3, $gt: 2 } },
    { count: { $gte: '3' } },
    { state: { $in: ['accepted', 'submitted'] } },
    { state: { $nin: ['accepted', 'submitted'] } },
    { missing: { $in: [null, undefined] } },
    { gone: null },
    { missing: null },
    { missing: { $ne: 'x' } },
    { state: { $ne: 'submitted' } },
    { missing: { $exists: false } },
    { gone: { $exists: true } },
    { missing: { $exists: '' } },
    { tags: 'a' },
    { orgId: 'o1', tags: { $size: 2 } },
  ]
  for (const filter of filters) expect([filter, outcome(nedbModel.match, doc, filter)]).toEqual([filter, outcome(nedbOwn.match, doc, filter)])
})

test('any two values of every kind are ordered as nedb orders them', () => {
  const random = seeded(7)
  for (let i = 0; i < 30_000; i++) {
    const a = valueOf(random)
    const b = random() < 0.2 ? a : valueOf(random)
    const quick = nedbModel.compareThings(a, b)
    const own = nedbOwn.compareThings(a, b)
    if (quick !== own) throw new Error(`pair ${i}: ${String(a)} ${String(b)} → ${quick}, nedb ${own}`)
  }
  // a caller's own collation is used, not the quick comparison
  const reversed = (x: string, y: string) => (x < y ? 1 : x > y ? -1 : 0)
  expect(nedbModel.compareThings('a', 'b', reversed)).toBe(1)
  expect([nedbModel.compareThings('a', 'b'), nedbModel.compareThings(2, 10), nedbModel.compareThings('10', '2'), nedbModel.compareThings(NaN, 1)]).toEqual([-1, -1, -1, 0])
})

test('a field without a dot is read as nedb reads it; one with a dot is nedb’s own reading', () => {
  const doc = { a: 1, x: { y: [{ z: 2 }, { z: 3 }] } }
  expect(nedbModel.getDotValue(doc, 'a')).toBe(1)
  expect(nedbModel.getDotValue(doc, 'missing')).toBeUndefined()
  expect(nedbModel.getDotValue(null, 'a')).toBeUndefined()
  expect(nedbModel.getDotValue(doc, 'x.y.z')).toEqual([2, 3])
  expect(nedbModel.getDotValues(doc, ['a'])).toBe(1)
  expect(nedbModel.getDotValues(doc, ['a', 'x.y.1.z'])).toEqual({ a: 1, 'x.y.1.z': 3 })
})

test('a store queried through it finds what nedb finds: ranges, lists and sorts', async () => {
  const store = await NedbStore.open()
  for (let i = 0; i < 40; i++) {
    await store.insert('requests', {
      _id: `q${i}`,
      code: `QZ-${i}`,
      orgId: `o${i % 3}`,
      state: i % 4 === 0 ? 'closed' : 'submitted',
      createdAt: `2026-0${1 + (i % 9)}-01T00:00:00.000Z`,
    })
  }
  const found = await store.find<{ _id: string }>(
    'requests',
    { orgId: 'o1', createdAt: { $gte: '2026-03-01', $lt: '2026-07-01' }, state: { $ne: 'closed' } },
    { sort: { createdAt: 1, _id: 1 } },
  )
  const expected = Array.from({ length: 40 }, (_, i) => i).filter((i) => i % 3 === 1 && 1 + (i % 9) >= 3 && 1 + (i % 9) < 7 && i % 4 !== 0)
  expected.sort((a, b) => (a % 9) - (b % 9) || (`q${a}` < `q${b}` ? -1 : 1))
  expect(found.map((doc) => doc._id)).toEqual(expected.map((i) => `q${i}`))
})
