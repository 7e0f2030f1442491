// requests.fileOnBehalf: a member (or the chair) files a request for a woman after a
// visit (走访), a 主席信箱 letter or a hotline call. The channel is tagged, her consent is
// recorded as given by word of mouth on the day she gave it, and the case has no openid:
// it is followed by the staff, not in her 我的求助. Filed from the member's own 帮扶 / 报告
// entry (执委履职), the entry records the request; the consent rules are the same.
import { CONSENT_VERSION, type DutyEntryDoc } from '../../../types'
import type { CtxOf } from '../../common/policy'
import { localDate } from '../../common/time'
import { invalid } from '../../common/invalid'
import { newId } from '../../common/writes'
import { claimDutyEntry, linkDutyEntry } from '../../shared/duty/links'
import { announceFiled, assertNotUnder14, fileCase } from '../lib/intake'
import { readCase } from '../lib/transition'
import type { RequestsInput, RequestsOutput } from '../lib/types'

type Input = RequestsInput<'fileOnBehalf'>
const LINKED_BY = { fn: 'requests', action: 'fileOnBehalf' }
type Output = RequestsOutput<'fileOnBehalf'>

export async function fileOnBehalf(input: Input, ctx: CtxOf<'requests.fileOnBehalf'>): Promise<Output> {
  const {
    org,
    standing: { membership },
  } = ctx.access
  assertNotUnder14(input)
  const now = ctx.clock.now()
  if (input.verbalConsentDate > localDate(now)) throw invalid('verbalConsentDate', '不能晚于今天')
  const id = newId(ctx, 'requests.fileOnBehalf', org._id)
  const earlier = ctx.requestId ? await readCase(ctx.store, id) : null
  const actorName = membership?.name ?? ''
  const note = (code: string) => ({ action: 'fileOnBehalf', actorName, summary: `代为登记了求助 ${code}` }) as const
  if (earlier) {
    // what a first delivery cut off after filing the case left undone: what follows the filing,
    // and the link on the member's entry if the entry links nothing yet (checked as on the first)
    await announceFiled(ctx, earlier, note(earlier.code), true)
    const from = input.dutyEntryId ? await ctx.store.getById<DutyEntryDoc>('duty_entries', input.dutyEntryId) : null
    if (from?.links.requestId === null) await linkDutyEntry(ctx, LINKED_BY, ctx.access, await claimDutyEntry(ctx, ctx.access, from._id, 'requestId'), 'requestId', earlier._id)
    return { request: { _id: earlier._id, code: earlier.code, state: earlier.state } }
  }
  const entry = input.dutyEntryId ? await claimDutyEntry(ctx, ctx.access, input.dutyEntryId, 'requestId') : null
  const { doc, created } = await fileCase(ctx, id, input, org, {
    channel: input.channel,
    requesterOpenid: null,
    filedByMemberId: membership?.memberId ?? null,
    consent: { kind: 'verbal', version: CONSENT_VERSION, at: now.toISOString(), verbalDate: input.verbalConsentDate },
    actor: 'staff',
    actorName,
  })
  if (created) {
    await announceFiled(ctx, doc, note(doc.code), false)
    if (entry) await linkDutyEntry(ctx, LINKED_BY, ctx.access, entry, 'requestId', doc._id)
  }
  return { request: { _id: doc._id, code: doc.code, state: doc.state } }
}
