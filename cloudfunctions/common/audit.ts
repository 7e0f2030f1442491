// The append-only change log: every change (who, what, when, before/after of the changed
// fields), every read of a help request, and the refusals that matter. Handlers call
// `recordChange` / `recordRead`; the policy calls `recordRefusal`. Nothing ever updates
// or removes an audit document.
//
// Refusals are cheap to cause, so they are recorded one by one only up to a cap an hour
// and counted beyond it (a tally in `counters`), or ten seconds of anonymous calls write
// twenty thousand documents. A signed-in caller touching an org or a case not hers
// matters most: the first 20 such refusals of her hour are recorded one by one, the
// 21st with a note that the rest are only counted. Every other refusal (anonymous
// callers above all, who are one caller here) is recorded once per action an hour and
// counted after that.
import { randomUUID } from 'node:crypto'
import type { AuditDoc, RefusalTallyDoc } from '../../types'
import type { Ctx } from './context'
import { AppError } from './errors'
import { takeBelow, windowOf } from './rateLimit'
import { derivedId } from './writes'

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
  /**
   * Names the change once for all deliveries of it (a submit's first timeline event): the retry
   * of a submit cut off before its audit line records it, and one that was not cut off records nothing more.
   */
  once?: string
}

async function append(ctx: Ctx, outcome: AuditDoc['outcome'], input: AuditInput): Promise<void> {
  const doc: AuditDoc = {
    _id: input.once ? derivedId(input.once, input.action) : randomUUID().replace(/-/g, ''),
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
  try {
    await ctx.store.insert('audit', doc)
  } catch (error) {
    // recorded by an earlier delivery of the same change
    if (!(input.once && error instanceof AppError && error.code === 'CONFLICT')) throw error
  }
}

export function recordChange(ctx: Ctx, input: AuditInput): Promise<void> {
  return append(ctx, 'changed', input)
}

/** A read of sensitive data: a help request opened, listed or exported — by staff, or by the woman herself. */
export function recordRead(ctx: Ctx, input: AuditInput): Promise<void> {
  return append(ctx, 'read', input)
}

/** How many refusals an hour the audit keeps one by one; the rest are counted. */
export const REFUSALS_KEPT_PER_HOUR = {
  /** a signed-in caller's refusals on orgs and cases not hers, all her actions together */
  onTarget: 20,
  /** any other refusal, per caller (all anonymous callers together) and action */
  perAction: 1,
} as const

const HOUR = 60 * 60 * 1000
const CAP_NOTE = '（此后一小时内此人被拒绝的操作只计数，不再逐条记录）'

/** The hour's tally the refusal counts in, and how many of its refusals are kept one by one. */
function tallyOf(ctx: Ctx, input: AuditInput): { id: string; kept: number; note: boolean; fields: Omit<RefusalTallyDoc, '_id' | 'count'> } {
  const actor = ctx.caller.openid
  const onTarget = actor !== null && input.target !== null
  const scope = onTarget ? 'onTarget' : `${input.fn}.${input.action}`
  const { index, startsAt, expiresAt } = windowOf(HOUR, ctx.clock.now())
  return {
    id: `refused_${index}_${scope}_${actor ?? ''}`,
    kept: onTarget ? REFUSALS_KEPT_PER_HOUR.onTarget : REFUSALS_KEPT_PER_HOUR.perAction,
    note: onTarget,
    fields: { kind: 'refusals', actor, scope, overflow: 0, windowStart: startsAt, expiresAt },
  }
}

/** A refusal: recorded one by one while the hour's cap allows (see the top of this file), counted always. */
export async function recordRefusal(ctx: Ctx, input: AuditInput): Promise<void> {
  const { id, kept, note, fields } = tallyOf(ctx, input)
  const full = note ? kept + 1 : kept
  // a flood, past its cap: one conditional update, nothing else
  if ((await ctx.store.update('counters', { _id: id, count: { $gte: full } }, { $inc: { overflow: 1 } })) > 0) return
  if (await takeBelow(ctx.store, id, kept, fields)) return append(ctx, 'refused', input)
  // the one refusal that finds the cap just reached says so; the rest are counted
  if (note && (await ctx.store.update('counters', { _id: id, count: kept }, { $inc: { count: 1 } })) > 0) {
    return append(ctx, 'refused', { ...input, summary: `${input.summary}${CAP_NOTE}` })
  }
  await ctx.store.update('counters', { _id: id }, { $inc: { overflow: 1 } })
}
