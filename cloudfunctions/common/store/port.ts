// The store port: a small MongoDB-style language that both adapters speak — the
// embedded one (nedb, local host and tests) and the WeChat cloud database.
// Filters: $eq $ne $gt $gte $lt $lte $in $nin $and $or $exists, dotted paths.
// Updates: $set $inc $push $unset. Optimistic concurrency on a `version` field.

export const COLLECTIONS = [
  'orgs',
  'members',
  'areas',
  'activities',
  'boards',
  'topics',
  'topic_seconds',
  'meetings',
  'requests',
  'request_events',
  'audit',
  'invites',
  'outbox',
  'counters',
  'config',
  'duty_entries',
  'duty_counts',
  'committee_meetings',
  'nominations',
  'exports',
  'duty_reports',
  'appraisal_rounds',
  'appraisal_ballots',
  'org_stats',
] as const
export type CollectionName = (typeof COLLECTIONS)[number]

export type Scalar = string | number | boolean | null
export type FieldCondition =
  | Scalar
  | {
      $eq?: Scalar
      $ne?: Scalar
      $gt?: Scalar
      $gte?: Scalar
      $lt?: Scalar
      $lte?: Scalar
      $in?: Scalar[]
      $nin?: Scalar[]
      $exists?: boolean
    }
export type Filter = { $and?: Filter[]; $or?: Filter[] } & { [path: string]: FieldCondition | Filter[] | undefined }

export type SortSpec = Record<string, 1 | -1>
export interface FindOptions {
  sort?: SortSpec
  skip?: number
  /** at most 1000 (the cloud database's own ceiling for one server-side read) */
  limit?: number
  /**
   * Only these top-level fields of each document (and its `_id`): a read that counts
   * thousands of documents needs three of their fields, not a copy of each whole one.
   */
  fields?: readonly string[]
}

export interface Update {
  $set?: Record<string, unknown>
  $inc?: Record<string, number>
  $push?: Record<string, unknown>
  $unset?: Record<string, true>
}

export interface StoredDoc {
  _id: string
  [field: string]: unknown
}

export const MAX_LIMIT = 1000

export interface Store {
  find<T extends StoredDoc>(collection: CollectionName, filter: Filter, options?: FindOptions): Promise<T[]>
  getById<T extends StoredDoc>(collection: CollectionName, id: string): Promise<T | null>
  count(collection: CollectionName, filter: Filter): Promise<number>
  /** Inserts a new document; throws AppError CONFLICT when `_id` is taken. */
  insert<T extends StoredDoc>(collection: CollectionName, doc: T): Promise<T>
  /** Writes the whole document under its `_id`, creating or replacing it. */
  put<T extends StoredDoc>(collection: CollectionName, doc: T): Promise<void>
  /** Applies `update` to every matching document; returns how many matched. */
  update(collection: CollectionName, filter: Filter, update: Update): Promise<number>
  /**
   * Applies `update` to the document only if its `version` is still `expectedVersion`,
   * and bumps the version. Returns false when someone else wrote first.
   */
  updateVersioned(collection: CollectionName, id: string, expectedVersion: number, update: Update): Promise<boolean>
  remove(collection: CollectionName, filter: Filter): Promise<number>
  /**
   * Leaves nothing that was overwritten or removed in `collections` readable in the
   * store's own storage — called once her data is deleted or anonymised. The embedded
   * store appends every write to its files, so it rewrites them; the cloud database
   * keeps no earlier versions we can read or control, so there it does nothing.
   */
  purge(collections: readonly CollectionName[]): Promise<void>
}
