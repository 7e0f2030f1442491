// Fixed-window rate limits, counted in the `counters` collection: one document per
// limit, subject and window (`_id` names all three), so both store adapters can count
// with a plain $inc, and a first hit that races another insert simply retries.
import type { CounterDoc } from '../../types'
import { AppError } from './errors'
import type { Store } from './store/port'

export interface WindowLimit {
  /** names the counter, e.g. "redeem-fail" */
  name: string
  /** how many events a window allows */
  max: number
  windowMs: number
}

/** Failed invitation redemptions: at most 5 an hour for one WeChat user. */
export const REDEEM_FAILURES: WindowLimit = { name: 'redeem-fail', max: 5, windowMs: 60 * 60 * 1000 }

/** 议事 topics submitted: at most 5 a day for one WeChat user (a day in UTC windows). */
export const TOPIC_SUBMITS: WindowLimit = { name: 'topic-submit', max: 5, windowMs: 24 * 60 * 60 * 1000 }

/** 附议: at most 30 an hour for one WeChat user. */
export const TOPIC_SECONDS: WindowLimit = { name: 'topic-second', max: 30, windowMs: 60 * 60 * 1000 }

/** 求助 submitted: at most 5 an hour for one WeChat user (a woman in danger is pointed to 110 / 12338). */
export const REQUEST_SUBMITS: WindowLimit = { name: 'request-submit', max: 5, windowMs: 60 * 60 * 1000 }

function windowOf(limit: WindowLimit, subject: string, now: Date): { id: string; expiresAt: string } {
  const index = Math.floor(now.getTime() / limit.windowMs)
  return { id: `${limit.name}_${index}_${subject}`, expiresAt: new Date((index + 1) * limit.windowMs).toISOString() }
}

/** How many events `subject` has had in the current window. */
export async function countInWindow(store: Store, limit: WindowLimit, subject: string, now: Date): Promise<number> {
  const counter = await store.getById<CounterDoc>('counters', windowOf(limit, subject, now).id)
  return counter?.count ?? 0
}

/** Throws RATE_LIMITED with `message` once the window's events reached the limit. */
export async function assertUnderLimit(store: Store, limit: WindowLimit, subject: string, now: Date, message: string): Promise<void> {
  if ((await countInWindow(store, limit, subject, now)) >= limit.max) throw new AppError('RATE_LIMITED', message)
}

const isConflict = (error: unknown) => error instanceof AppError && error.code === 'CONFLICT'

/** Counts one event: increments the window's counter, creating it on the first event. */
export async function countEvent(store: Store, limit: WindowLimit, subject: string, now: Date): Promise<void> {
  const { id, expiresAt } = windowOf(limit, subject, now)
  for (let attempt = 0; attempt < 3; attempt++) {
    if ((await store.update('counters', { _id: id }, { $inc: { count: 1 } })) > 0) return
    try {
      await store.insert<CounterDoc>('counters', { _id: id, count: 1, expiresAt })
      return
    } catch (error) {
      if (!isConflict(error)) throw error
    }
  }
  throw new Error(`counter ${id} could be neither created nor incremented`)
}
