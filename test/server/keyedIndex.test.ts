// Each nedb index keeps its keys in a Map (server/keyedIndex.ts) and answers as nedb's own AVL
// tree does: the same documents in the same order for a key, the same range in key order, the
// same refusal of a key a unique index already has, after the same seeded run of insertions
// and removals of keys of every kind nedb compares; and a key a Map cannot hold, or more keys
// than it may, turns the index back into nedb's tree, with everything in it.
import { AVLTree } from '@seald-io/binary-search-tree'
import Datastore from '@seald-io/nedb'
import nedbModel from '@seald-io/nedb/lib/model'
import { KeyedTree, keyedIndexes, type IndexTree } from '../../server/keyedIndex'
import { seeded } from '../fixtures/seeded'

const options = (unique: boolean) => ({ unique, compareKeys: nedbModel.compareThings, checkValueEquality: (a: unknown, b: unknown) => a === b })

/** Keys of every kind an index meets; each Date made afresh, as each document holds its own. */
const KEYS: (() => unknown)[] = [
  () => 'a',
  () => 'b',
  () => '',
  () => '1',
  () => 'q000001-001',
  () => undefined,
  () => null,
  () => 0,
  () => -0,
  () => 1,
  () => 2.5,
  () => true,
  () => false,
  () => new Date(0),
  () => new Date(1000),
]
const BOUNDS = ['$lt', '$lte', '$gt', '$gte']

interface Outcome {
  threw?: string
  errorType?: unknown
}

function attempt(action: () => void): Outcome {
  try {
    action()
    return {}
  } catch (error) {
    return { threw: (error as Error).message, errorType: (error as { errorType?: unknown }).errorType }
  }
}

function run(seed: number, unique: boolean, steps: number, strange?: unknown) {
  const random = seeded(seed)
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]
  const keyed = new KeyedTree(options(unique))
  const avl = new AVLTree(options(unique)) as unknown as IndexTree
  const docs: { key: unknown; doc: object }[] = []
  for (let step = 0; step < steps; step++) {
    if (strange !== undefined && step === steps / 2) {
      const doc = { strange }
      expect(attempt(() => keyed.insert(strange, doc))).toEqual(attempt(() => avl.insert(strange, doc)))
      docs.push({ key: strange, doc })
    }
    const roll = random()
    if (roll < 0.45) {
      const key = pick(KEYS)()
      const doc = { step }
      const outcome = attempt(() => avl.insert(key, doc))
      expect(attempt(() => keyed.insert(key, doc))).toEqual(outcome)
      if (!outcome.threw) docs.push({ key, doc })
    } else if (roll < 0.65 && docs.length > 0) {
      const { key, doc } = pick(docs)
      keyed.delete(key, doc)
      avl.delete(key, doc)
    } else if (roll < 0.7) {
      const key = pick(KEYS)()
      keyed.delete(key)
      avl.delete(key)
    } else if (roll < 0.85) {
      const key = pick(KEYS)()
      expect(keyed.search(key)).toEqual(avl.search(key))
    } else {
      const query: Record<string, unknown> = {}
      for (const bound of BOUNDS) if (random() < 0.4) query[bound] = pick(KEYS)()
      expect(keyed.betweenBounds(query)).toEqual(avl.betweenBounds(query))
    }
  }
  const everything = (tree: IndexTree) => {
    const all: unknown[] = []
    tree.executeOnEveryNode((node) => all.push(...node.data))
    return all
  }
  // nedb reads a whole collection through its `_id` index: the same documents, in the order they came rather than by key
  expect(new Set(everything(keyed))).toEqual(new Set(everything(avl)))
  expect(keyed.getNumberOfKeys()).toBe(avl.getNumberOfKeys())
  return keyed
}

test.each([1, 2, 3, 4, 5, 6, 7, 8])('seeded run %i: the same answers as nedb’s tree, in a unique index and in one that is not', (seed) => {
  run(seed, false, 2000)
  run(seed, true, 2000)
})

test.each([[{ x: 1 }], [['a', 'b']], [NaN]])('a key a Map cannot hold (%p): the index is nedb’s tree from then on, with what it held', (strange) => {
  const keyed = run(9, false, 1000, strange)
  expect(keyed.listOf('a')).toBeUndefined()
})

test('past the keys a Map may hold, the index is nedb’s tree from then on, with what it held', () => {
  const keyed = new KeyedTree(options(true), 100)
  const avl = new AVLTree(options(true)) as unknown as IndexTree
  for (let i = 0; i < 150; i++) for (const tree of [keyed, avl]) tree.insert(`q${i}`, { i })
  expect(keyed.listOf('q1')).toBeUndefined()
  for (const key of ['q0', 'q99', 'q100', 'q149', 'q150']) expect(keyed.search(key)).toEqual(avl.search(key))
  expect(() => keyed.insert('q7', {})).toThrow('violates the unique constraint')
  expect(keyed.getNumberOfKeys()).toBe(150)
})

test('a document removed from a key of thousands: the rest in their order, in a new list', () => {
  const keyed = new KeyedTree(options(false))
  const docs = Array.from({ length: 5000 }, (_, i) => ({ i }))
  for (const doc of docs) keyed.insert('o000001', doc)
  const before = keyed.search('o000001')
  keyed.delete('o000001', docs[2500])
  expect(keyed.search('o000001')).toEqual(docs.filter((doc) => doc !== docs[2500]))
  expect(before).toHaveLength(5000)
})

test('nedb’s own datastore, its indexes keyed: found, refused and ranged as before', async () => {
  keyedIndexes()
  const store = new Datastore<{ _id?: string; code: string; at: number }>({ inMemoryOnly: true })
  await store.ensureIndexAsync({ fieldName: 'code', unique: true })
  await store.ensureIndexAsync({ fieldName: 'at' })
  const indexes = (store as unknown as { indexes: Record<string, { tree: unknown }> }).indexes
  expect(indexes._id.tree).toBeInstanceOf(KeyedTree)
  expect(indexes.code.tree).toBeInstanceOf(KeyedTree)
  await store.insertAsync([
    { _id: 'c', code: 'QZ-3', at: 3 },
    { _id: 'a', code: 'QZ-1', at: 1 },
    { _id: 'b', code: 'QZ-2', at: 2 },
  ])
  await expect(store.insertAsync({ code: 'QZ-2', at: 9 })).rejects.toMatchObject({ errorType: 'uniqueViolated', key: 'QZ-2' })
  expect(await store.findAsync({ code: 'QZ-2' })).toEqual([{ _id: 'b', code: 'QZ-2', at: 2 }])
  expect((await store.findAsync({ at: { $gte: 2 } })).map((doc) => doc._id)).toEqual(['b', 'c'])
  await store.updateAsync({ _id: 'a' }, { $set: { code: 'QZ-9' } })
  expect(await store.findAsync({ code: 'QZ-1' })).toEqual([])
  expect((await store.findAsync({ code: 'QZ-9' })).map((doc) => doc._id)).toEqual(['a'])
  expect(await store.countAsync({})).toBe(3)
})
