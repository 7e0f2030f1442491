// The append-only change log: every change (who, what, when, before/after of the changed
// fields) and every refusal. Handlers call `recordChange` / `recordRefusal`; nothing
// ever updates or removes an audit document.
import { randomUUID } from 'node:crypto'
import type { AuditDoc } from '../../types'
import type { Ctx } from './context'

export interface FieldChange {
  field: string
  before: unknown
  after: unknown
}

/** The fields whose values differ between `before` and `after` (deep, by JSON). */
export function diffFields(before: Record<string, unknown> | null, after: Record<string, unknown>, fields: readonly string[]): FieldChange[] {
  return fields
    .filter((field) => JSON.stringify(before?.[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after[field] ?? null }))
}

export interface AuditInput {
  fn: string
  action: string
  orgId: string | null
  target: AuditDoc['target']
  summary: string
  changes?: FieldChange[]
  /** defaults to 居民 / the caller's openid-less label */
  actorName?: string
}

async function append(ctx: Ctx, outcome: AuditDoc['outcome'], input: AuditInput): Promise<void> {
  const doc: AuditDoc = {
    _id: randomUUID().replace(/-/g, ''),
    at: ctx.clock.now().toISOString(),
    actor: ctx.caller.openid,
    actorName: input.actorName ?? (ctx.caller.openid ? '居民' : '未登录访客'),
    fn: input.fn,
    action: input.action,
    orgId: input.orgId,
    target: input.target,
    outcome,
    summary: input.summary,
    changes: input.changes ?? [],
  }
  await ctx.store.insert('audit', doc)
}

export function recordChange(ctx: Ctx, input: AuditInput): Promise<void> {
  return append(ctx, 'changed', input)
}

/** A staff read of sensitive data (a help request opened). */
export function recordRead(ctx: Ctx, input: AuditInput): Promise<void> {
  return append(ctx, 'read', input)
}

export function recordRefusal(ctx: Ctx, input: AuditInput): Promise<void> {
  return append(ctx, 'refused', input)
}
