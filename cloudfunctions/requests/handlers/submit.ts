// requests.submit: she asks her federation for help herself, after the consent step.
// Private: it never goes through the content check. Under-14s are routed to a guardian
// or hotline; a retried submit (same requestId) answers with the first case; at most
// five submits an hour per WeChat user. The chairs are told a case is waiting.
import { CONSENT_VERSION } from '../../../types'
import { loadOrg } from '../../common/access'
import type { Ctx } from '../../common/context'
import { assertUnderLimit, countEvent, REQUEST_SUBMITS } from '../../common/rateLimit'
import { newId } from '../../common/writes'
import { assertCurrentConsent, assertNotUnder14, fileCase } from '../lib/intake'
import { notifyChairs } from '../lib/notify'
import { audit } from '../lib/record'
import { readCase } from '../lib/transition'
import type { RequestsInput, RequestsOutput } from '../lib/types'

type Input = RequestsInput<'submit'>
type Output = RequestsOutput<'submit'>

export const SUBMIT_LIMITED = '提交太频繁了，请一小时后再试；情况紧急请拨打 110 或 12338'

const refOf = (doc: { _id: string; code: string; state: Output['request']['state'] }): Output => ({ request: { _id: doc._id, code: doc.code, state: doc.state } })

export async function submit(input: Input, ctx: Ctx): Promise<Output> {
  assertNotUnder14(input)
  assertCurrentConsent(input.consentVersion)
  const org = await loadOrg(ctx, input.orgId)
  const openid = ctx.caller.openid as string
  const id = newId(ctx, 'requests.submit', org._id)
  const earlier = ctx.requestId ? await readCase(ctx.store, id) : null
  if (earlier) return refOf(earlier)
  const now = ctx.clock.now()
  await assertUnderLimit(ctx.store, REQUEST_SUBMITS, openid, now, SUBMIT_LIMITED)
  await countEvent(ctx.store, REQUEST_SUBMITS, openid, now)
  const { doc, created } = await fileCase(ctx, id, input, org, {
    channel: 'self',
    requesterOpenid: openid,
    filedByMemberId: null,
    consent: { kind: 'inApp', version: CONSENT_VERSION, at: now.toISOString(), verbalDate: null },
    actor: 'requester',
    actorName: '',
  })
  if (created) {
    await audit(ctx, { action: 'submit', orgId: doc.orgId, actorName: '', caseId: doc._id, summary: `提交了求助 ${doc.code}` })
    await notifyChairs(ctx, doc.orgId, doc._id)
  }
  return refOf(doc)
}
