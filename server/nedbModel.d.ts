// The part of nedb's document model the log collections use (server/logStore.ts), so that
// they match, sort and update exactly as the nedb datastores do. The package types only
// its Datastore.
declare module '@seald-io/nedb/lib/model' {
  /** JSON of the document; throws on a key nedb refuses (starting with $, or holding a dot) */
  export function serialize(doc: unknown): string
  export function deserialize(line: string): Record<string, unknown>
  export function deepCopy<T>(doc: T): T
  /** throws on a key nedb refuses */
  export function checkObject(doc: unknown): void
  export function modify<T>(doc: T, update: unknown): T
  export function match(doc: unknown, query: unknown): boolean
  export function getDotValue(doc: unknown, field: string): unknown
  /** the value of each of `fields` (one field: its value; several: an object of them), as an index keys a document */
  export function getDotValues(doc: unknown, fields: string[]): unknown
  export function compareThings(a: unknown, b: unknown, compareStrings?: (a: string, b: string) => number): number
  /** the module itself, whose functions nedb's cursor and datastore call through it (server/quickerModel.ts replaces some) */
  const model: {
    match: typeof match
    getDotValue: typeof getDotValue
    getDotValues: typeof getDotValues
    compareThings: typeof compareThings
  }
  export default model
}

declare module '@seald-io/nedb/lib/indexes' {
  /** one of a datastore's indexes, as nedb builds it from a `$$indexCreated` line */
  export default class Index {
    constructor(options: { fieldName: string | string[]; unique?: boolean; sparse?: boolean })
  }
}

declare module '@seald-io/nedb/lib/cursor' {
  /** a query on a datastore; `mapFn` gets the matching documents themselves (not copies), sorted, skipped and limited */
  export default class Cursor<T = unknown> implements PromiseLike<T> {
    constructor(db: unknown, query: Record<string, unknown>, mapFn: (docs: Record<string, unknown>[]) => T)
    sort(sort: Record<string, 1 | -1>): this
    skip(skip: number): this
    limit(limit: number): this
    then<R1 = T, R2 = never>(onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null, onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null): PromiseLike<R1 | R2>
  }
}

declare module '@seald-io/binary-search-tree' {
  /** the tree behind each nedb index (server/keyedIndex.ts keeps a Map in its place, and turns back to one of these) */
  export class AVLTree {
    constructor(options: { unique?: boolean; compareKeys?(a: unknown, b: unknown): number; checkValueEquality?(a: unknown, b: unknown): boolean })
  }
}
