// Telling a user something moved on. Every notification is kept in the `outbox`
// collection — her in-app 消息 list on both runtimes — and then sent through the notify
// port (WeChat: a subscription message; the local host: nothing more to do) if she has
// an accepted subscription of its template left (common/subscriptions.ts), using it.
// Without one — she never accepted, her acceptances are used up, WeChat answers 43101,
// or the template's id is not configured — she is "not subscribed": the function log
// says so (info, not an error) and the 消息 list still has the message. Any other
// failure is logged as an error. None of this ever undoes the step that caused it, and
// the caller never hears of it.
import { randomUUID } from 'node:crypto'
import type { OutboxDoc } from '../../types'
import type { Ctx } from './context'
import { AppError } from './errors'
import type { Notification } from './ports'
import { clearGrants, giveBackGrant, takeGrant } from './subscriptions'
import { derivedId } from './writes'

export const NOT_SUBSCRIBED_LOG = 'notification not sent: not subscribed'

/** The log names the template and the reason, never the person. */
const notSubscribed = (ctx: Ctx, template: string, reason: string) => ctx.log.info(NOT_SUBSCRIBED_LOG, { template, reason })

async function sendIfSubscribed(ctx: Ctx, notification: Notification): Promise<void> {
  const { openid, template } = notification
  const missing = ctx.ports.notify.unavailable(template)
  if (missing) return notSubscribed(ctx, template, missing)
  if (!(await takeGrant(ctx.store, openid, template))) return notSubscribed(ctx, template, 'no accepted subscription left')
  let result
  try {
    result = await ctx.ports.notify.send(notification)
  } catch (error) {
    // WeChat did not use her acceptance
    await giveBackGrant(ctx.store, openid, template)
    throw error
  }
  if (result === 'notSubscribed') {
    await clearGrants(ctx.store, openid, template)
    notSubscribed(ctx, template, 'WeChat answered 43101')
  }
}

/**
 * Keeps the notification and sends it. `once` names what it tells of for all deliveries of the
 * request that caused it (a submit's first timeline event): a retry of a submit cut off before
 * its notifications tells each person once, and one that was not cut off tells no one again
 * (her message is kept; if the first delivery was cut off between keeping it and sending it, it
 * stays in her 消息 list unsent rather than sent twice).
 */
export async function notifyUser(ctx: Ctx, notification: Notification, once?: string): Promise<void> {
  const { openid, template, page, thing, phrase } = notification
  const _id = once ? derivedId(once, template, openid) : randomUUID().replace(/-/g, '')
  const doc: OutboxDoc = { _id, openid, template, page, data: { thing, phrase }, createdAt: ctx.clock.now().toISOString() }
  try {
    try {
      await ctx.store.insert('outbox', doc)
    } catch (error) {
      if (once && error instanceof AppError && error.code === 'CONFLICT') return
      throw error
    }
    await sendIfSubscribed(ctx, notification)
  } catch (error) {
    ctx.log.error('notification not sent', { template, error: error instanceof Error ? error.message : String(error) })
  }
}
