// Telling a user something moved on. Every notification is kept in the `outbox`
// collection — her in-app 消息 list on both runtimes — and then sent through the notify
// port (WeChat: a subscription message; the local host: nothing more to do). Sending
// can fail (she has not subscribed, the quota is spent); that never undoes the step
// that caused it: the failure is logged and the in-app message stays.
import { randomUUID } from 'node:crypto'
import type { OutboxDoc } from '../../types'
import type { Ctx } from './context'
import type { Notification } from './ports'

export async function notifyUser(ctx: Ctx, notification: Notification): Promise<void> {
  const { openid, template, page, thing, phrase } = notification
  const doc: OutboxDoc = { _id: randomUUID().replace(/-/g, ''), openid, template, page, data: { thing, phrase }, createdAt: ctx.clock.now().toISOString() }
  try {
    await ctx.store.insert('outbox', doc)
    await ctx.ports.notify.send(notification)
  } catch (error) {
    ctx.log.error('notification not sent', { template, error: error instanceof Error ? error.message : String(error) })
  }
}
