// One-time subscriptions (一次性订阅消息). WeChat sends a person a message of a template
// only after she accepted it in the mini-program (wx.requestSubscribeMessage), and one
// message per acceptance; without one it answers 43101. So each acceptance is counted
// here (org.subscribe) and each send takes one (common/notify.ts): no grant, no send.
// One document per person and template, in `counters` beside the rate limits; each
// change is one conditional update, atomic in both adapters, so two sends at once
// cannot both use her last grant.
import type { NotifyTemplate, SubscriptionGrantDoc } from '../../types'
import type { Ctx } from './context'
import { AppError } from './errors'
import type { Store } from './store/port'

/** More acceptances than this are not counted: she will have tapped again before they are used. */
export const MAX_GRANTS = 50

export const grantId = (openid: string, template: string): string => `subscription_${template}_${openid}`

const isConflict = (error: unknown) => error instanceof AppError && error.code === 'CONFLICT'

/** Counts one more acceptance of `template` by `openid` (up to MAX_GRANTS); resolves with how many she now has. */
export async function addGrant(ctx: Ctx, openid: string, template: NotifyTemplate): Promise<number> {
  const _id = grantId(openid, template)
  const updatedAt = ctx.clock.now().toISOString()
  for (let attempt = 0; attempt < 5; attempt++) {
    if ((await ctx.store.update('counters', { _id, count: { $lt: MAX_GRANTS } }, { $inc: { count: 1 }, $set: { updatedAt } })) > 0) break
    if (await ctx.store.getById<SubscriptionGrantDoc>('counters', _id)) break
    try {
      await ctx.store.insert<SubscriptionGrantDoc>('counters', { _id, kind: 'subscription', openid, template, count: 1, updatedAt })
      break
    } catch (error) {
      // another tap of hers created it first: count on it
      if (!isConflict(error)) throw error
    }
  }
  return grantCount(ctx.store, openid, template)
}

export async function grantCount(store: Store, openid: string, template: string): Promise<number> {
  return (await store.getById<SubscriptionGrantDoc>('counters', grantId(openid, template)))?.count ?? 0
}

/** Uses one of her grants for a send; false when she has none. */
export async function takeGrant(store: Store, openid: string, template: string): Promise<boolean> {
  return (await store.update('counters', { _id: grantId(openid, template), count: { $gt: 0 } }, { $inc: { count: -1 } })) > 0
}

/** Gives back a grant whose send failed before WeChat used it (a network error, a bad parameter). */
export async function giveBackGrant(store: Store, openid: string, template: string): Promise<void> {
  await store.update('counters', { _id: grantId(openid, template), count: { $lt: MAX_GRANTS } }, { $inc: { count: 1 } })
}

/** WeChat answered 43101: whatever was counted, she has no grant of this template left. */
export async function clearGrants(store: Store, openid: string, template: string): Promise<void> {
  await store.update('counters', { _id: grantId(openid, template) }, { $set: { count: 0 } })
}
