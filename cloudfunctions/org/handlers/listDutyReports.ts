// org.listDutyReports: the chair's view of a year's written 述职 — every 执委 in office, who has
// filed and who has not, and any report filed by a member who has since left.
import { heldToDuty, type DutyReportDoc, type MemberDoc } from '../../../types'
import type { CtxOf } from '../../common/policy'
import { namedMeetings } from '../lib/dutyReportStore'
import type { OrgInput, OrgOutput } from '../lib/types'

type Row = OrgOutput<'listDutyReports'>['members'][number]

export async function listDutyReports(input: OrgInput<'listDutyReports'>, ctx: CtxOf<'org.listDutyReports'>): Promise<OrgOutput<'listDutyReports'>> {
  const orgId = ctx.access.org._id
  const [members, reports] = await Promise.all([
    ctx.store.find<MemberDoc>('members', { orgId }, { sort: { sort: 1 }, limit: 200 }),
    ctx.store.find<DutyReportDoc>('duty_reports', { orgId, year: input.year }, { limit: 200 }),
  ])
  const byMember = new Map(reports.map((report) => [report.memberId, report]))
  const meetings = await namedMeetings(
    ctx,
    orgId,
    reports.map((report) => report.meetingId),
  )
  const rowOf = (member: MemberDoc): Row => {
    const report = byMember.get(member._id)
    return {
      memberId: member._id,
      name: member.name,
      post: member.post,
      filedAt: report?.filedAt ?? null,
      revisedAt: report?.revisedAt ?? null,
      meetingId: report?.meetingId ?? null,
      meeting: (report?.meetingId && meetings.get(report.meetingId)) || null,
    }
  }
  const rows = members.filter((member) => heldToDuty(member.post) && (member.status === 'active' || byMember.has(member._id))).map(rowOf)
  return { year: input.year, members: rows, filed: rows.filter((row) => row.filedAt !== null).length }
}
