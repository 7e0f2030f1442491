// org.fileDutyReport: she files her written 述职 of a year (002 《重庆市基层妇联执委履职制度》第八条 "每年在执委会上进行书面述职一次"),
// her own only — the member is the caller, never a payload field. Filed again with the version
// she saw, it revises the report, until the 执委会 it names is recorded (then CONFLICT). Only the
// latest text is kept; the audit keeps when each revision was made.
import type { DutyReportDoc } from '../../../types'
import { recordChange } from '../../common/audit'
import { AppError } from '../../common/errors'
import type { CtxOf } from '../../common/policy'
import { insertOnce, stamp, updateVersioned } from '../../common/writes'
import { dutyMemberOf } from '../lib/duty'
import { assertReportMeeting, assertReportYear, assertRevisable, reportIdOf } from '../lib/dutyReportStore'
import type { OrgInput, OrgOutput } from '../lib/types'

type Input = OrgInput<'fileDutyReport'>

export async function fileDutyReport(input: Input, ctx: CtxOf<'org.fileDutyReport'>): Promise<OrgOutput<'fileDutyReport'>> {
  const { access } = ctx
  assertReportYear(ctx, input.year)
  const member = await dutyMemberOf(ctx, access, undefined, 'fileDutyReport')
  await assertReportMeeting(ctx, access.org._id, input.meetingId)
  const reportId = reportIdOf(member._id, input.year)
  const earlier = await ctx.store.getById<DutyReportDoc>('duty_reports', reportId)
  const now = ctx.clock.now().toISOString()
  let saved: DutyReportDoc
  if (earlier) {
    if (input.version === undefined) throw new AppError('CONFLICT', `${input.year}年的述职已经交过了，请打开后再修改`)
    await assertRevisable(ctx, earlier)
    saved = await updateVersioned(ctx, 'duty_reports', earlier, input.version, {
      reportText: input.reportText,
      meetingId: input.meetingId,
      memberName: member.name,
      revisedAt: now,
    })
  } else {
    const doc: DutyReportDoc = {
      ...stamp(ctx, reportId),
      orgId: access.org._id,
      memberId: member._id,
      memberName: member.name,
      year: input.year,
      reportText: input.reportText,
      meetingId: input.meetingId,
      filedAt: now,
      revisedAt: null,
    }
    saved = (await insertOnce(ctx, 'duty_reports', doc)).doc
  }
  await recordChange(ctx, {
    fn: 'org',
    action: 'fileDutyReport',
    orgId: access.org._id,
    target: { collection: 'duty_reports', id: saved._id },
    summary: earlier ? `修改了${input.year}年的书面述职` : `提交了${input.year}年的书面述职`,
    actorName: access.actorName,
  })
  return { report: saved }
}
