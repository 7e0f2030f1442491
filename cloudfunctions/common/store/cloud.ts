// The WeChat cloud store: the port's filter and update language translated to
// wx-server-sdk's `db.command`, so the same handlers run on the cloud database.
// The contract test checks every translation against the SDK's own serializer.
import { AppError } from '../errors'
import { MAX_LIMIT, type CollectionName, type FieldCondition, type Filter, type FindOptions, type Store, type StoredDoc, type Update } from './port'

/** A `db.command` expression; only the SDK reads it. */
export type CloudExpression = object

export interface CloudQueryCommand {
  and(other: CloudQueryCommand): CloudQueryCommand
}

/** The parts of `db.command` this adapter uses. */
export interface CloudCommand {
  eq(value: unknown): CloudQueryCommand
  neq(value: unknown): CloudQueryCommand
  gt(value: unknown): CloudQueryCommand
  gte(value: unknown): CloudQueryCommand
  lt(value: unknown): CloudQueryCommand
  lte(value: unknown): CloudQueryCommand
  in(values: unknown[]): CloudQueryCommand
  nin(values: unknown[]): CloudQueryCommand
  exists(present: boolean): CloudQueryCommand
  and(conditions: CloudExpression[]): CloudExpression
  or(conditions: CloudExpression[]): CloudExpression
  set(value: unknown): CloudExpression
  inc(by: number): CloudExpression
  push(values: unknown[]): CloudExpression
  remove(): CloudExpression
}

export interface CloudQuery {
  where(condition: CloudExpression): CloudQuery
  orderBy(field: string, order: 'asc' | 'desc'): CloudQuery
  skip(offset: number): CloudQuery
  limit(max: number): CloudQuery
  /** only the fields marked true (and `_id`) of each document */
  field(projection: Record<string, boolean>): CloudQuery
  get(): Promise<{ data: unknown[] }>
  count(): Promise<{ total: number }>
  update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface CloudCollection extends CloudQuery {
  doc(id: string): {
    get(): Promise<{ data: unknown }>
    set(options: { data: Record<string, unknown> }): Promise<unknown>
  }
  add(options: { data: Record<string, unknown> }): Promise<unknown>
}

/**
 * What `cloud.database()` gives, typed by what this adapter calls (the SDK's own
 * declarations return `Promise | void | string` unions that no caller can use).
 */
export interface CloudDatabase {
  command: CloudCommand
  collection(name: string): CloudCollection
}

const QUERY_OPERATORS = {
  $eq: 'eq',
  $ne: 'neq',
  $gt: 'gt',
  $gte: 'gte',
  $lt: 'lt',
  $lte: 'lte',
  $in: 'in',
  $nin: 'nin',
  $exists: 'exists',
} as const satisfies Record<string, keyof CloudCommand>

const UPDATE_OPERATORS = new Set(['$set', '$inc', '$push', '$unset'])

function toFieldCondition(_: CloudCommand, path: string, condition: FieldCondition): unknown {
  if (condition === null || typeof condition !== 'object') return condition
  const commands = Object.entries(condition).map(([operator, operand]) => {
    const method = QUERY_OPERATORS[operator as keyof typeof QUERY_OPERATORS]
    if (!method) throw new Error(`filter operator ${operator} on ${path} is not in the store language`)
    return (_[method] as (value: unknown) => CloudQueryCommand)(operand)
  })
  if (commands.length === 0) throw new Error(`empty condition on ${path}`)
  return commands.reduce((all, next) => all.and(next))
}

function toCondition(_: CloudCommand, filter: Filter): CloudExpression {
  const fields: Record<string, unknown> = {}
  const logic: CloudExpression[] = []
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue
    if (key === '$and' || key === '$or') {
      const parts = (value as Filter[]).map((part) => toCondition(_, part))
      logic.push(key === '$and' ? _.and(parts) : _.or(parts))
    } else if (key.startsWith('$')) {
      throw new Error(`filter operator ${key} is not in the store language`)
    } else {
      fields[key] = toFieldCondition(_, key, value as FieldCondition)
    }
  }
  if (logic.length === 0) return fields
  const hasFields = Object.keys(fields).length > 0
  if (!hasFields && logic.length === 1) return logic[0]
  return _.and(hasFields ? [fields, ...logic] : logic)
}

/** Object values go through `_.set` so they replace the field instead of merging into it. */
function toUpdateData(_: CloudCommand, update: Update): Record<string, unknown> {
  for (const operator of Object.keys(update)) {
    if (!UPDATE_OPERATORS.has(operator)) throw new Error(`update operator ${operator} is not in the store language`)
  }
  const data: Record<string, unknown> = {}
  for (const [path, value] of Object.entries(update.$set ?? {})) {
    if (value !== undefined) data[path] = typeof value === 'object' && value !== null ? _.set(value) : value
  }
  for (const [path, by] of Object.entries(update.$inc ?? {})) data[path] = _.inc(by)
  for (const [path, value] of Object.entries(update.$push ?? {})) data[path] = _.push([value])
  for (const path of Object.keys(update.$unset ?? {})) data[path] = _.remove()
  return data
}

function limitOf(requested: number | undefined): number {
  return requested && requested > 0 ? Math.min(requested, MAX_LIMIT) : MAX_LIMIT
}

function messageOf(error: unknown): string {
  if (typeof error === 'string') return error
  const { errMsg, message } = (error ?? {}) as { errMsg?: unknown; message?: unknown }
  return String(errMsg ?? message ?? '')
}

/** `doc(id).get()` rejects for a missing document unless the db says otherwise. */
const MISSING_DOCUMENT = /document with _id .* does not exist/
/** The server's code (DATABASE_DUPLICATE_WRITE) is lost by the SDK; its message stays. */
const DUPLICATE_KEY = /duplicate|E11000/i

export class CloudStore implements Store {
  private readonly _: CloudCommand

  constructor(private readonly db: CloudDatabase) {
    this._ = db.command
  }

  private where(collection: CollectionName, filter: Filter): CloudQuery {
    return this.db.collection(collection).where(toCondition(this._, filter))
  }

  async find<T extends StoredDoc>(collection: CollectionName, filter: Filter, options: FindOptions = {}): Promise<T[]> {
    let query = this.where(collection, filter)
    for (const [field, direction] of Object.entries(options.sort ?? {})) {
      query = query.orderBy(field, direction === -1 ? 'desc' : 'asc')
    }
    if (options.skip) query = query.skip(options.skip)
    if (options.fields) query = query.field(Object.fromEntries(options.fields.map((field) => [field, true])))
    const { data } = await query.limit(limitOf(options.limit)).get()
    return data as T[]
  }

  async getById<T extends StoredDoc>(collection: CollectionName, id: string): Promise<T | null> {
    try {
      const { data } = await this.db.collection(collection).doc(id).get()
      return (data as T | null) ?? null
    } catch (error) {
      if (MISSING_DOCUMENT.test(messageOf(error))) return null
      throw error
    }
  }

  async count(collection: CollectionName, filter: Filter): Promise<number> {
    const { total } = await this.where(collection, filter).count()
    return total
  }

  async insert<T extends StoredDoc>(collection: CollectionName, doc: T): Promise<T> {
    try {
      await this.db.collection(collection).add({ data: doc })
      return doc
    } catch (error) {
      const taken = DUPLICATE_KEY.test(messageOf(error)) || (await this.getById(collection, doc._id).catch(() => null)) !== null
      if (taken) throw new AppError('CONFLICT', '这条记录已经存在')
      throw error
    }
  }

  async put<T extends StoredDoc>(collection: CollectionName, doc: T): Promise<void> {
    const { _id, ...fields } = doc
    await this.db.collection(collection).doc(_id).set({ data: fields })
  }

  /** Note: the cloud counts documents it changed, so a no-op `$set` may count 0. */
  async update(collection: CollectionName, filter: Filter, update: Update): Promise<number> {
    const { stats } = await this.where(collection, filter).update({ data: toUpdateData(this._, update) })
    return stats.updated
  }

  async updateVersioned(collection: CollectionName, id: string, expectedVersion: number, update: Update): Promise<boolean> {
    const data = { ...toUpdateData(this._, update), version: this._.inc(1) }
    const { stats } = await this.where(collection, { _id: id, version: expectedVersion }).update({ data })
    return stats.updated === 1
  }

  async remove(collection: CollectionName, filter: Filter): Promise<number> {
    const { stats } = await this.where(collection, filter).remove()
    return stats.removed
  }

  /**
   * Nothing to do: the cloud database serves only the current version of a document and
   * keeps no append log or history that we can read, compact or control (its backups
   * are WeChat's, and expire on WeChat's schedule).
   */
  async purge(_collections: readonly CollectionName[]): Promise<void> {}
}
