// org.recordCommittee: after the 执委会 the chair records each 执委 called as 出席, 请假 (with its
// reason) or 缺席, and the minutes. The absence rule (000 六(八)) and the half-year warning read
// it. The same record sent again from the same version answers with the stored meeting.
import { recordChange } from '../../common/audit'
import { AppError } from '../../common/errors'
import type { CtxOf } from '../../common/policy'
import { assertVersion, updateVersioned } from '../../common/writes'
import { assertAttendance, assertScheduled, present } from '../lib/committee'
import type { OrgInput, OrgOutput } from '../lib/types'

type Input = OrgInput<'recordCommittee'>

export async function recordCommittee(input: Input, ctx: CtxOf<'org.recordCommittee'>): Promise<OrgOutput<'recordCommittee'>> {
  const { access } = ctx
  const meeting = access.doc
  const same =
    meeting.status === 'recorded' &&
    meeting.version === input.version + 1 &&
    JSON.stringify([meeting.attendance, meeting.minutes]) === JSON.stringify([input.attendance, input.minutes])
  if (same) return { meeting }
  assertScheduled(meeting)
  assertVersion(meeting, input.version)
  if (meeting.startsAt > ctx.clock.now().toISOString()) throw new AppError('CONFLICT', '执委会还没有开，开完会再记录')
  assertAttendance(meeting, input.attendance)
  const saved = await updateVersioned(ctx, 'committee_meetings', meeting, input.version, { status: 'recorded', attendance: input.attendance, minutes: input.minutes })
  await recordChange(ctx, {
    fn: 'org',
    action: 'recordCommittee',
    orgId: meeting.orgId,
    target: { collection: 'committee_meetings', id: meeting._id },
    summary: `记录了执委会：应到 ${meeting.invitedMemberIds.length} 人，出席 ${present(input.attendance)} 人`,
    actorName: access.actorName,
  })
  return { meeting: saved }
}
