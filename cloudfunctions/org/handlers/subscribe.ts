// org.subscribe: she has just accepted subscription messages in the mini-program
// (wx.requestSubscribeMessage at a tap where she expects news): one more message of each
// accepted template may now be sent to her (common/subscriptions.ts). Acts on no org;
// the person is the caller, never a payload field.
import { NOTIFY_TEMPLATES } from '../../../types'
import type { Ctx } from '../../common/context'
import { addGrant } from '../../common/subscriptions'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function subscribe(input: OrgInput<'subscribe'>, ctx: Ctx): Promise<OrgOutput<'subscribe'>> {
  const openid = ctx.caller.openid as string
  // one acceptance per template per tap, however often the payload names it
  const templates = NOTIFY_TEMPLATES.filter((template) => input.templates.includes(template))
  const grants = []
  for (const template of templates) grants.push({ template, count: await addGrant(ctx, openid, template) })
  return { grants }
}
