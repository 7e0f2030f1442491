// nedb keeps each index in an AVL tree (@seald-io/binary-search-tree): a lookup by `_id`, or by
// any indexed field, walks about seventeen levels of 100,000 cases, two comparisons a level,
// and a new document walks them again in each index of its collection and rebalances the path.
// The product asks its indexes for equal keys (and lists of them) only: a 求助 submit made
// nine such lookups and eight such insertions, the largest single part of what the host's
// thread did for it. Here each index keeps its keys in a Map instead (a Date by its time, in a
// Map of its own), with the tree's answers: the same documents in the same order for a key,
// the same unique-constraint error, a key's range in key order. A key the Map cannot hold as
// nedb compares it (an object, an array inside an array, NaN), or more keys than a Map may
// hold, turns that one index back into nedb's own tree, with everything it held, for good.
import Index from '@seald-io/nedb/lib/indexes'
import { AVLTree } from '@seald-io/binary-search-tree'

interface TreeOptions {
  unique: boolean
  compareKeys(a: unknown, b: unknown): number
  checkValueEquality(a: unknown, b: unknown): boolean
}

/** What nedb's Index asks of its tree (the AVLTree wrapper's own methods). */
export interface IndexTree {
  insert(key: unknown, value: unknown): void
  delete(key: unknown, value?: unknown): void
  search(key: unknown): unknown[]
  betweenBounds(query: Record<string, unknown>): unknown[]
  executeOnEveryNode(fn: (node: { key?: unknown; data: unknown[] }) => void): void
  getNumberOfKeys(): number
}

/** A key a Map holds as nedb's comparison does: equal keys are the same Map key. */
const isMapKey = (key: unknown): key is string | number | boolean | null | undefined =>
  key === null || key === undefined || typeof key === 'string' || typeof key === 'boolean' || (typeof key === 'number' && !Number.isNaN(key))

/** Keys a Map holds here before the index turns into nedb's tree: V8 refuses a Map past 2^24 entries, and a tree has no such limit. */
export const MAX_MAP_KEYS = 8_000_000

/** The bounds a range query sets, as nedb's tree reads them. */
const BOUNDS: [string, (order: number) => boolean][] = [
  ['$gt', (order) => order > 0],
  ['$gte', (order) => order >= 0],
  ['$lt', (order) => order < 0],
  ['$lte', (order) => order <= 0],
]

export class KeyedTree implements IndexTree {
  private readonly keys = new Map<unknown, unknown[]>()
  private readonly dates = new Map<number, { key: Date; data: unknown[] }>()
  /** nedb's own tree, once a key came that the Maps cannot hold */
  private tree: IndexTree | null = null

  /** `maxKeys`: the keys this index keeps in its Map before it turns into the tree (MAX_MAP_KEYS; fewer to try it) */
  constructor(
    private readonly options: TreeOptions,
    private readonly maxKeys = MAX_MAP_KEYS,
  ) {}

  /** The list of documents under `key`, undefined when there is none (or this index is nedb's tree again). */
  listOf(key: unknown): unknown[] | undefined {
    if (this.tree) return undefined
    if (key instanceof Date) return this.dates.get(key.getTime())?.data
    return isMapKey(key) ? this.keys.get(key) : undefined
  }

  insert(key: unknown, value: unknown): void {
    if (!this.tree && ((!isMapKey(key) && !(key instanceof Date)) || this.keys.size >= this.maxKeys)) this.becomeTree()
    if (this.tree) return this.tree.insert(key, value)
    const data = this.listOf(key)
    if (!data) return this.setList(key, [value])
    if (this.options.unique) throw uniqueViolated(key)
    data.push(value)
  }

  /** Without `value`, or when the key holds one document or none, the whole key goes (as the tree's removal does). */
  delete(key: unknown, value?: unknown): void {
    if (this.tree) return this.tree.delete(key, value)
    const data = this.listOf(key)
    if (!data) return
    if (value !== undefined && data.length > 1) return this.setList(key, without(data, value, this.options.checkValueEquality))
    if (key instanceof Date) this.dates.delete(key.getTime())
    else this.keys.delete(key)
  }

  /** Lists `data` under `key` (a Date by its time, in the Map of Dates). */
  private setList(key: unknown, data: unknown[]): void {
    if (key instanceof Date) this.dates.set(key.getTime(), { key, data })
    else this.keys.set(key, data)
  }

  search(key: unknown): unknown[] {
    if (this.tree) return this.tree.search(key)
    return this.listOf(key) ?? []
  }

  /** The documents of every key within the bounds, in key order, as the tree walks them. */
  betweenBounds(query: Record<string, unknown>): unknown[] {
    if (this.tree) return this.tree.betweenBounds(query)
    const bounds = BOUNDS.filter(([name]) => Object.prototype.hasOwnProperty.call(query, name)).map(([name, holds]) => ({ bound: query[name], holds }))
    const within: { key: unknown; data: unknown[] }[] = []
    this.executeOnEveryNode((node) => {
      if (bounds.every(({ bound, holds }) => holds(this.options.compareKeys(node.key, bound)))) within.push({ key: node.key, data: node.data })
    })
    within.sort((a, b) => this.options.compareKeys(a.key, b.key))
    return within.flatMap(({ data }) => data)
  }

  /** Each key with its documents, in the order the keys came (the tree's order is the keys' own). */
  executeOnEveryNode(fn: (node: { key?: unknown; data: unknown[] }) => void): void {
    if (this.tree) return this.tree.executeOnEveryNode(fn)
    for (const [key, data] of this.keys) fn({ key, data })
    for (const { key, data } of this.dates.values()) fn({ key, data })
  }

  getNumberOfKeys(): number {
    return this.tree ? this.tree.getNumberOfKeys() : this.keys.size + this.dates.size
  }

  private becomeTree(): void {
    const tree = new AVLTree(this.options) as IndexTree
    this.executeOnEveryNode(({ key, data }) => {
      for (const value of data) tree.insert(key, value)
    })
    this.keys.clear()
    this.dates.clear()
    this.tree = tree
  }
}

/**
 * `data` but `value`, a new list as the tree's removal makes it (a query still reading the old
 * one is not disturbed): found by the engine's own indexOf where the value is there once, as
 * nedb's identity comparison finds it, rather than through a callback per document (a key
 * thousands of documents share: every federation's figures under their 区县, by `ancestorIds`).
 */
function without(data: unknown[], value: unknown, equal: (a: unknown, b: unknown) => boolean): unknown[] {
  const at = data.indexOf(value)
  if (at >= 0 && data.lastIndexOf(value) === at) return data.slice(0, at).concat(data.slice(at + 1))
  return data.filter((each) => !equal(each, value))
}

/** The tree's own error for a key already there in a unique index (the store reads `errorType`). */
function uniqueViolated(key: unknown): Error {
  return Object.assign(new Error(`Can't insert key ${JSON.stringify(key)}, it violates the unique constraint`), { key, errorType: 'uniqueViolated' })
}

const HELD = Symbol('keyed tree')

/**
 * Every nedb index keeps its keys in a KeyedTree: nedb's Index sets `this.tree` to a new AVL
 * tree when it is made and when it is reset (loading a file, a failed write put back), and
 * this accessor on its prototype keeps a KeyedTree with the same options instead.
 */
export function keyedIndexes(): void {
  const proto = Index.prototype as unknown as { keyedIndexes?: true }
  if (proto.keyedIndexes) return
  Object.defineProperty(proto, 'keyedIndexes', { value: true })
  Object.defineProperty(proto, 'tree', {
    configurable: true,
    get(this: { [HELD]?: KeyedTree }) {
      return this[HELD]
    },
    set(this: { [HELD]?: KeyedTree; treeOptions: TreeOptions }) {
      this[HELD] = new KeyedTree(this.treeOptions)
    },
  })
}

/** The documents listed under `key` in an index's tree, or undefined when it has none there (or cannot say). */
export function listInTree(tree: unknown, key: unknown): unknown[] | undefined {
  return tree instanceof KeyedTree ? tree.listOf(key) : undefined
}
