// Fixed-window rate limits, counted in the `counters` collection: one document per
// limit, subject and window (`_id` names all three). A slot is taken by ONE conditional
// update — "add one while the count is below the limit" (`{ _id, count: { $lt: max } }`
// with `$inc`), which nedb and the cloud database each apply atomically to a document —
// so a burst of parallel calls can never take more slots than the window holds. (Reading
// the count and then adding one let 17 of 50 parallel 议题 through a limit of 5.) A call
// that turns out not to be an event the limit counts gives its slot back (`$inc: -1`).
//
// Which actions are limited, and which of their outcomes count, is declared once per
// action in POLICY (policy.ts); dispatch hands the handler its `RateSlot` and gives the
// slot back for every outcome that does not count (`runLimited`).
//
// Taking the slot before the work is what makes the limit exact, at one cost: deliveries
// of one request that arrive together each hold a slot until they find they are
// repeats, so at the very edge of the limit a repeat may be told RATE_LIMITED while its
// twin's answer stands. A repeat that arrives after its twin finished takes no slot.
import type { CounterDoc, ErrorCode } from '../../types'
import type { Ctx } from './context'
import { AppError } from './errors'
import type { Store } from './store/port'

export interface WindowLimit {
  /** names the counter, e.g. "redeem-fail" */
  name: string
  /** how many events a window allows */
  max: number
  windowMs: number
  /** what the person is told once the window is full */
  refusal: string
}

const HOUR = 60 * 60 * 1000

/** Failed invitation redemptions: at most 5 an hour for one WeChat user. */
export const REDEEM_FAILURES: WindowLimit = { name: 'redeem-fail', max: 5, windowMs: HOUR, refusal: '尝试次数太多，请一小时后再试' }

/**
 * Wrong 述职评议 codes: at most 20 an hour for one caller. A code is 8 of 32 signs (40 bits), so
 * guessing is hopeless anyway; this keeps anyone from trying. A caller H5 cannot name (no login)
 * shares one window with every such caller: on WeChat each has her OPENID.
 */
export const BALLOT_FAILURES: WindowLimit = { name: 'ballot-fail', max: 20, windowMs: HOUR, refusal: '评议码试错次数太多，请一小时后再试，或请主席帮您录入纸质评议票' }

/** 议事 topics submitted: at most 5 a day for one WeChat user (a day in UTC windows). */
export const TOPIC_SUBMITS: WindowLimit = { name: 'topic-submit', max: 5, windowMs: 24 * HOUR, refusal: '今天提交的议题已经够多了，请明天再提交' }

/** 附议: at most 30 an hour for one WeChat user. */
export const TOPIC_SECONDS: WindowLimit = { name: 'topic-second', max: 30, windowMs: HOUR, refusal: '附议太频繁了，请稍后再试' }

/** 求助 submitted: at most 5 an hour for one WeChat user (a woman in danger is pointed to 110 / 12338). */
export const REQUEST_SUBMITS: WindowLimit = {
  name: 'request-submit',
  max: 5,
  windowMs: HOUR,
  refusal: '提交太频繁了，请一小时后再试；情况紧急请拨打 110 或 12338',
}

/** The fixed window of `windowMs` that holds `now`: its number, and when it starts and ends. */
export function windowOf(windowMs: number, now: Date): { index: number; startsAt: string; expiresAt: string } {
  const index = Math.floor(now.getTime() / windowMs)
  return { index, startsAt: new Date(index * windowMs).toISOString(), expiresAt: new Date((index + 1) * windowMs).toISOString() }
}

function counterOf(limit: WindowLimit, subject: string, now: Date): { id: string; expiresAt: string } {
  const { index, expiresAt } = windowOf(limit.windowMs, now)
  return { id: `${limit.name}_${index}_${subject}`, expiresAt }
}

/** How many events `subject` has had in the current window. */
export async function countInWindow(store: Store, limit: WindowLimit, subject: string, now: Date): Promise<number> {
  const counter = await store.getById<CounterDoc>('counters', counterOf(limit, subject, now).id)
  return counter?.count ?? 0
}

const isConflict = (error: unknown) => error instanceof AppError && error.code === 'CONFLICT'

/**
 * Adds one to counter `id` if its count is below `max` — one conditional update, atomic
 * in both adapters — creating it at 1 (with `fields`) on the window's first event.
 * False when the counter is full (or, rarely, so contended at its limit that five tries
 * did not settle it: then the call is refused rather than counted twice). When the update
 * finds nothing to change, the counter is made at once, and read only if it was there
 * already: most windows see one event (a woman asks for help once), and reading first cost
 * each of them a round trip more than the refusals this way costs.
 */
export async function takeBelow(store: Store, id: string, max: number, fields: Omit<CounterDoc, '_id' | 'count'> & Record<string, unknown>): Promise<boolean> {
  for (let attempt = 0; attempt < 5; attempt++) {
    if ((await store.update('counters', { _id: id, count: { $lt: max } }, { $inc: { count: 1 } })) > 0) return true
    try {
      await store.insert<CounterDoc>('counters', { ...fields, _id: id, count: 1 })
      return true
    } catch (error) {
      if (!isConflict(error)) throw error
    }
    // there already: full, or made by another first event meanwhile (then counted on the next try)
    const counter = await store.getById<CounterDoc>('counters', id)
    if (counter && counter.count >= max) return false
  }
  return false
}

/**
 * Removes the rate-limit windows that have ended: nothing reads a window after its end (a
 * new one starts from zero), yet one stayed behind for every person and hour she acted in,
 * so the collection grew with every day of use. Only windows (a counter with no `kind`):
 * the refusal tallies beside them stay, for the record of refused calls, and subscription
 * grants never end. Run by the hourly retention job on the local host and by the requests
 * function's nightly timer on WeChat. Resolves with how many it removed.
 */
export function removeEndedWindows(store: Store, now: Date): Promise<number> {
  return store.remove('counters', { expiresAt: { $lte: now.toISOString() }, kind: { $exists: false } })
}

/** Takes one back from counter `id`, never below 0; a window back at 0 leaves no document. */
export async function giveBackOne(store: Store, id: string): Promise<void> {
  await store.update('counters', { _id: id, count: { $gt: 0 } }, { $inc: { count: -1 } })
  await store.remove('counters', { _id: id, count: 0 })
}

/** A limited action's handle on its window, on ctx as `ctx.limit`. */
export interface RateSlot {
  /**
   * Takes one of the window's slots for this call — where the counted event begins,
   * after a retry of the same request has been answered — or throws RATE_LIMITED with
   * the limit's reason. Taking twice takes one.
   */
  take(): Promise<void>
  /** Gives the slot back: this call turned out not to be an event the limit counts. */
  giveBack(): Promise<void>
}

/** What POLICY declares for a limited action: its window, and which outcomes use a slot. */
export interface ActionLimit {
  window: WindowLimit
  counts: {
    /** a call that completes is an event (false: only the refusals below are) */
    completed: boolean
    /** refusals that are events too, e.g. CONTENT_REJECTED; any other refusal gives the slot back */
    refusals: readonly ErrorCode[]
  }
}

class CallSlot implements RateSlot {
  private counterId: string | null = null

  constructor(
    private readonly ctx: Ctx,
    private readonly limit: WindowLimit,
  ) {}

  async take(): Promise<void> {
    if (this.counterId) return
    // limited actions are for signed-in callers; were one public, anonymous callers would share one window
    const { id, expiresAt } = counterOf(this.limit, this.ctx.caller.openid ?? 'anonymous', this.ctx.clock.now())
    if (!(await takeBelow(this.ctx.store, id, this.limit.max, { expiresAt }))) throw new AppError('RATE_LIMITED', this.limit.refusal)
    this.counterId = id
  }

  async giveBack(): Promise<void> {
    const id = this.counterId
    this.counterId = null
    if (id) await giveBackOne(this.ctx.store, id)
  }
}

/**
 * Runs a handler of an action POLICY limits (or, with no limit, just runs it): the
 * handler takes its slot with `slot.take()`; afterwards the slot is given back unless
 * the outcome is one the limit counts.
 */
export async function runLimited<T>(ctx: Ctx, limit: ActionLimit | undefined, run: (slot: RateSlot | undefined) => Promise<T>): Promise<T> {
  if (!limit) return run(undefined)
  const slot = new CallSlot(ctx, limit.window)
  let result: T
  try {
    result = await run(slot)
  } catch (error) {
    if (!(error instanceof AppError && limit.counts.refusals.includes(error.code))) await slot.giveBack()
    throw error
  }
  if (!limit.counts.completed) await slot.giveBack()
  return result
}
