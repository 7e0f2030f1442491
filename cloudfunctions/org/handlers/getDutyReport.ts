// org.getDutyReport: one member's written 述职 of a year — her own for a member (POLICY's member
// limit), any member's of the federation for its chairs, and for a chair above; null when not filed.
import type { DutyReportDoc } from '../../../types'
import type { CtxOf } from '../../common/policy'
import { namedMeetings, reportIdOf } from '../lib/dutyReportStore'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function getDutyReport(input: OrgInput<'getDutyReport'>, ctx: CtxOf<'org.getDutyReport'>): Promise<OrgOutput<'getDutyReport'>> {
  const orgId = ctx.access.org._id
  const stored = await ctx.store.getById<DutyReportDoc>('duty_reports', reportIdOf(ctx.access.doc._id, input.year))
  const report = stored?.orgId === orgId ? stored : null
  const meetings = await namedMeetings(ctx, orgId, [report?.meetingId ?? null])
  return { report, meeting: (report?.meetingId && meetings.get(report.meetingId)) || null }
}
