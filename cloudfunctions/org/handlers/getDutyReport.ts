// org.getDutyReport: one member's written 述职 of a year — her own for a member (POLICY's member
// limit), any member's of the federation for its chairs, and for a chair above; null when not filed.
import type { DutyReportDoc } from '../../../types'
import type { CtxOf } from '../../common/policy'
import { reportIdOf } from '../lib/dutyReportStore'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function getDutyReport(input: OrgInput<'getDutyReport'>, ctx: CtxOf<'org.getDutyReport'>): Promise<OrgOutput<'getDutyReport'>> {
  const report = await ctx.store.getById<DutyReportDoc>('duty_reports', reportIdOf(ctx.access.doc._id, input.year))
  return { report: report?.orgId === ctx.access.org._id ? report : null }
}
