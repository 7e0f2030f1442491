// org.dutyReportDraft: the written 述职 form, opened prefilled from her 履职 record of the year
// (002 《重庆市基层妇联执委履职制度》第八条 "每年在执委会上进行书面述职一次"): the figures, the plain sentences made from them,
// what she filed already, and the year's 执委会 she may name.
import type { DutyEntryDoc, DutyReportDoc, TopicDoc } from '../../../types'
import type { CtxOf } from '../../common/policy'
import { dutyMemberOf } from '../lib/duty'
import { assertReportYear, reportIdOf, yearMeetings } from '../lib/dutyReportStore'
import { draftText, reportFacts } from '../lib/dutyReport'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function dutyReportDraft(input: OrgInput<'dutyReportDraft'>, ctx: CtxOf<'org.dutyReportDraft'>): Promise<OrgOutput<'dutyReportDraft'>> {
  const { access } = ctx
  assertReportYear(ctx, input.year)
  const member = await dutyMemberOf(ctx, access, undefined, 'dutyReportDraft')
  const orgId = access.org._id
  const entries = await ctx.store.find<DutyEntryDoc>(
    'duty_entries',
    { orgId, memberId: member._id, date: { $gte: `${input.year}-01-01`, $lte: `${input.year}-12-31` } },
    { limit: 1000 },
  )
  const topicIds = entries.map((entry) => entry.links.topicId).filter((topicId): topicId is string => topicId !== null)
  const topics = await Promise.all(topicIds.map((topicId) => ctx.store.getById<TopicDoc>('topics', topicId)))
  const facts = reportFacts(
    input.year,
    entries,
    access.org.dutyMinimums ?? null,
    topics.flatMap((topic) => (topic ? [topic.title] : [])),
  )
  const report = await ctx.store.getById<DutyReportDoc>('duty_reports', reportIdOf(member._id, input.year))
  return { memberId: member._id, memberName: member.name, facts, draftText: draftText(member.name, facts), report, meetings: await yearMeetings(ctx, orgId, input.year) }
}
