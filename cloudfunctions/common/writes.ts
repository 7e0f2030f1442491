// Writes the console makes: versioned updates that refuse a stale save with CONFLICT
// (never a silent overwrite), and creates that a retried request (same requestId)
// answers with the first result instead of a duplicate.
import { createHash, randomUUID } from 'node:crypto'
import type { Ctx } from './context'
import { AppError } from './errors'
import type { CollectionName, StoredDoc, Update } from './store/port'

export const CONFLICT_MESSAGE = '这条记录刚被别人修改过，请刷新后再改'

/** CONFLICT unless the client saw the version now stored. Nothing is written. */
export function assertVersion(doc: { version: number }, version: number): void {
  if (doc.version !== version) throw new AppError('CONFLICT', CONFLICT_MESSAGE)
}

/**
 * Sets `fields` on the document if it is still at `version` (bumping it and
 * `updatedAt`); CONFLICT when someone else wrote first. Returns the stored result.
 */
export async function updateVersioned<T extends StoredDoc & { version: number }>(ctx: Ctx, collection: CollectionName, doc: T, version: number, fields: Partial<T>): Promise<T> {
  assertVersion(doc, version)
  const updatedAt = ctx.clock.now().toISOString()
  const update: Update = { $set: { ...fields, updatedAt } }
  if (!(await ctx.store.updateVersioned(collection, doc._id, version, update))) throw new AppError('CONFLICT', CONFLICT_MESSAGE)
  return { ...doc, ...fields, updatedAt, version: version + 1 }
}

/** An `_id` made of `parts`: the same parts make the same one, so a second write of it is refused as CONFLICT, not kept twice. */
export function derivedId(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)
}

/**
 * The `_id` of a document a create makes. With a requestId it is derived from the
 * caller, the action, the org and the requestId, so a retry finds the first result.
 */
export function newId(ctx: Ctx, action: string, orgId: string): string {
  if (!ctx.requestId) return randomUUID().replace(/-/g, '')
  return derivedId(ctx.caller.openid ?? '', action, orgId, ctx.requestId)
}

/** The document a retried create made the first time, if any. */
export async function earlierCreate<T extends StoredDoc>(ctx: Ctx, collection: CollectionName, id: string): Promise<T | null> {
  return ctx.requestId ? ctx.store.getById<T>(collection, id) : null
}

/** Fields every new document carries. */
export function stamp(ctx: Ctx, id: string): { _id: string; version: number; createdAt: string; updatedAt: string } {
  const now = ctx.clock.now().toISOString()
  return { _id: id, version: 1, createdAt: now, updatedAt: now }
}

/**
 * Inserts a new document. When two deliveries of the same request race, the second
 * insert meets the first one's `_id`: it returns that document instead (created false).
 */
export async function insertOnce<T extends StoredDoc>(ctx: Ctx, collection: CollectionName, doc: T): Promise<{ doc: T; created: boolean }> {
  try {
    return { doc: await ctx.store.insert(collection, doc), created: true }
  } catch (error) {
    const earlier = error instanceof AppError && error.code === 'CONFLICT' ? await earlierCreate<T>(ctx, collection, doc._id) : null
    if (!earlier) throw error
    return { doc: earlier, created: false }
  }
}
