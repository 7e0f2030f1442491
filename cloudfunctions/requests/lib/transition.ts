// A step on a case, safely under concurrency (the lifecycle table is in types/requestModel.ts).
// The caller names the version she saw. The step wins by claiming the timeline event
// `<caseId>.<version+1>` first — the store refuses a second insert of that `_id` — and
// only then sets its patch on the case at that version. The event carries the patch,
// so a step cut short between the two writes (host killed) is rolled forward by the
// next read of the case (`readCase`). An anonymised case takes no more steps.
import { nextRequestState, REQUEST_STATE_LABEL, REQUEST_STEP_LABEL, type RequestDoc, type RequestEventDoc, type RequestState, type RequestStep } from '../../../types'
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'
import type { Store } from '../../common/store/port'

const STALE_MESSAGE = '这条求助刚有新的进展，请刷新后再操作'
const ANONYMISED_MESSAGE = '这条求助已匿名化，不能再操作'

export const eventId = (caseId: string, seq: number) => `${caseId}.${seq}`

export function refusalReason(state: RequestState, step: RequestStep): string {
  return `求助当前为“${REQUEST_STATE_LABEL[state]}”，不能${REQUEST_STEP_LABEL[step]}`
}

const isConflict = (error: unknown) => error instanceof AppError && error.code === 'CONFLICT'

/** The state `step` leads to, or CONFLICT: a stale version, an anonymised case, or a step the table refuses. */
export function assertCanStep(doc: Pick<RequestDoc, 'version' | 'state' | 'anonymisedAt'>, version: number, step: RequestStep): RequestState {
  if (doc.version !== version) throw new AppError('CONFLICT', STALE_MESSAGE)
  if (doc.anonymisedAt) throw new AppError('CONFLICT', ANONYMISED_MESSAGE)
  const next = nextRequestState(doc.state, step)
  if (!next) throw new AppError('CONFLICT', refusalReason(doc.state, step))
  return next
}

/** Sets `patch` on the case if it is still at `version` and not anonymised; bumps the version. */
async function setAtVersion(store: Store, caseId: string, version: number, patch: Record<string, unknown>): Promise<boolean> {
  return (await store.update('requests', { _id: caseId, version, anonymisedAt: null }, { $set: patch, $inc: { version: 1 } })) === 1
}

/** Inserts a new case, or reads the one a racing or earlier delivery inserted. */
export async function insertCase(store: Store, doc: RequestDoc): Promise<{ doc: RequestDoc; created: boolean }> {
  try {
    return { doc: await store.insert('requests', doc), created: true }
  } catch (error) {
    const earlier = isConflict(error) ? await store.getById<RequestDoc>('requests', doc._id) : null
    if (!earlier) throw error
    return { doc: earlier, created: false }
  }
}

/**
 * The case as it stands, with any half-applied step rolled forward: a submit whose
 * event was written but not its case, or a step whose event is ahead of the case.
 * null when there is no such case.
 */
export async function readCase(store: Store, caseId: string): Promise<RequestDoc | null> {
  let doc = await store.getById<RequestDoc>('requests', caseId)
  if (!doc) {
    const first = await store.getById<RequestEventDoc>('request_events', eventId(caseId, 1))
    if (!first || first.step !== 'submit') return null
    doc = (await insertCase(store, first.patch as RequestDoc)).doc
  }
  for (;;) {
    const pending = await store.getById<RequestEventDoc>('request_events', eventId(caseId, doc.version + 1))
    if (!pending) return doc
    // a step that lost to the anonymisation never happened: its event goes
    if (doc.anonymisedAt) {
      await store.remove('request_events', { _id: pending._id })
      return doc
    }
    await setAtVersion(store, caseId, doc.version, pending.patch)
    const next = await store.getById<RequestDoc>('requests', caseId)
    if (!next) return null
    doc = next
  }
}

/** What the timeline records of a step besides the patch. */
export interface StepRecord {
  actor: RequestEventDoc['actor']
  actorName: string
  visibleToRequester: boolean
  /** sealed free text, '' if none */
  text: string
}

/**
 * Takes `step` on the case the caller saw at `version`: CONFLICT if it is stale or the
 * table refuses; otherwise the event is on the timeline and the case carries `patch`
 * (plus the new state and updatedAt). Returns the case after the step.
 */
export async function applyStep(ctx: Ctx, doc: RequestDoc, version: number, step: RequestStep, patch: Partial<RequestDoc>, record: StepRecord): Promise<RequestDoc> {
  const to = assertCanStep(doc, version, step)
  const at = ctx.clock.now().toISOString()
  const full: Record<string, unknown> = { ...patch, state: to, updatedAt: at }
  const event: RequestEventDoc = { _id: eventId(doc._id, version + 1), caseId: doc._id, orgId: doc.orgId, seq: version + 1, at, step, from: doc.state, to, ...record, patch: full }
  try {
    await ctx.store.insert('request_events', event)
  } catch (error) {
    if (isConflict(error)) throw new AppError('CONFLICT', STALE_MESSAGE)
    throw error
  }
  if (await setAtVersion(ctx.store, doc._id, version, full)) return { ...doc, ...(full as Partial<RequestDoc>), version: version + 1 }
  // our event holds seq version+1, so a case past `version` carries our patch: a reader rolled it forward
  const current = await readCase(ctx.store, doc._id)
  if (current && current.version > version) return current
  await ctx.store.remove('request_events', { _id: event._id })
  throw new AppError('CONFLICT', ANONYMISED_MESSAGE)
}
