// org.cancelCommittee: a 执委会 that will not be held is called off, with the reason. A
// cancelled meeting counts for nothing: not for the absence rule, not as a meeting held.
import { recordChange } from '../../common/audit'
import type { CtxOf } from '../../common/policy'
import { assertVersion, updateVersioned } from '../../common/writes'
import { assertScheduled } from '../lib/committee'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function cancelCommittee(input: OrgInput<'cancelCommittee'>, ctx: CtxOf<'org.cancelCommittee'>): Promise<OrgOutput<'cancelCommittee'>> {
  const { access } = ctx
  const meeting = access.doc
  if (meeting.status === 'cancelled' && meeting.version === input.version + 1 && meeting.cancelReason === input.reason) return { meeting }
  assertScheduled(meeting)
  assertVersion(meeting, input.version)
  const saved = await updateVersioned(ctx, 'committee_meetings', meeting, input.version, { status: 'cancelled', cancelReason: input.reason })
  await recordChange(ctx, {
    fn: 'org',
    action: 'cancelCommittee',
    orgId: meeting.orgId,
    target: { collection: 'committee_meetings', id: meeting._id },
    summary: `取消了执委会（${input.reason}）`,
    actorName: access.actorName,
  })
  return { meeting: saved }
}
