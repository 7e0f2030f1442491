// requests.submit: she asks her federation for help herself, after the consent step.
// Private: it never goes through the content check. Under-14s are routed to a guardian
// or hotline; a retried submit (same requestId) answers with the first case; at most
// five cases an hour per WeChat user (POLICY; a retry takes no slot). The chairs are told
// a case is waiting.
import { CONSENT_VERSION } from '../../../types'
import { loadOrg } from '../../common/access'
import type { CtxOf } from '../../common/policy'
import { REQUEST_SUBMITS } from '../../common/rateLimit'
import { newId } from '../../common/writes'
import { announceFiled, assertCurrentConsent, assertNotUnder14, fileCase } from '../lib/intake'
import { readCase } from '../lib/transition'
import type { RequestsInput, RequestsOutput } from '../lib/types'

type Input = RequestsInput<'submit'>
type Output = RequestsOutput<'submit'>

export const SUBMIT_LIMITED = REQUEST_SUBMITS.refusal

const refOf = (doc: { _id: string; code: string; state: Output['request']['state'] }): Output => ({ request: { _id: doc._id, code: doc.code, state: doc.state } })

export async function submit(input: Input, ctx: CtxOf<'requests.submit'>): Promise<Output> {
  assertNotUnder14(input)
  assertCurrentConsent(input.consentVersion)
  const org = await loadOrg(ctx, input.orgId)
  const openid = ctx.caller.openid as string
  const id = newId(ctx, 'requests.submit', org._id)
  const earlier = ctx.requestId ? await readCase(ctx.store, id) : null
  const note = (code: string) => ({ action: 'submit', actorName: '', summary: `提交了求助 ${code}` }) as const
  if (earlier) {
    // what a first delivery cut off after filing the case left undone
    await announceFiled(ctx, earlier, note(earlier.code), true)
    return refOf(earlier)
  }
  await ctx.limit.take()
  const now = ctx.clock.now()
  const { doc, created } = await fileCase(ctx, id, input, org, {
    channel: 'self',
    requesterOpenid: openid,
    filedByMemberId: null,
    consent: { kind: 'inApp', version: CONSENT_VERSION, at: now.toISOString(), verbalDate: null },
    actor: 'requester',
    actorName: '',
  })
  if (!created) {
    // another delivery of this request filed it first: one case, one slot
    await ctx.limit.giveBack()
    return refOf(doc)
  }
  await announceFiled(ctx, doc, note(doc.code), false)
  return refOf(doc)
}
