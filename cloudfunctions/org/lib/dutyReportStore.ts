// Where a written 述职 is kept and what a filing is checked against: one report per member per
// year (its id), no year after this one, the 执委会 it names (this federation's, not called off),
// and the lock once that 执委会 is recorded.
import type { CommitteeMeetingDoc, DutyReportDoc } from '../../../types'
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'
import { invalid } from '../../common/invalid'
import { localDate } from '../../common/time'

/** One report per member per year: the year first, so the id stays within 64 characters. */
export const reportIdOf = (memberId: string, year: number): string => `${year}_${memberId}`.slice(0, 64)

/** A report is for this year or one before it, never a year still to come. */
export function assertReportYear(ctx: Ctx, year: number): void {
  const thisYear = Number(localDate(ctx.clock.now()).slice(0, 4))
  if (year > thisYear) throw invalid('year', `还没到 ${year} 年，不能写这一年的述职`)
}

const meetingDate = (meeting: CommitteeMeetingDoc): string => localDate(new Date(meeting.startsAt))

/** The 执委会 held or called in the year (Beijing dates), not called off, latest first. */
export async function yearMeetings(ctx: Ctx, orgId: string, year: number): Promise<{ meetingId: string; date: string; place: string; recorded: boolean }[]> {
  // a day's margin either side: startsAt is an instant, the year is Beijing's
  const found = await ctx.store.find<CommitteeMeetingDoc>(
    'committee_meetings',
    { orgId, startsAt: { $gte: `${year - 1}-12-31`, $lte: `${year + 1}-01-02` } },
    { sort: { startsAt: -1 }, limit: 50 },
  )
  return found
    .filter((meeting) => meeting.status !== 'cancelled' && meetingDate(meeting).startsWith(`${year}-`))
    .map((meeting) => ({ meetingId: meeting._id, date: meetingDate(meeting), place: meeting.place, recorded: meeting.status === 'recorded' }))
}

/** The 执委会 a report names: this federation's, and not called off. */
export async function assertReportMeeting(ctx: Ctx, orgId: string, meetingId: string | null): Promise<void> {
  if (meetingId === null) return
  const meeting = await ctx.store.getById<CommitteeMeetingDoc>('committee_meetings', meetingId)
  if (meeting?.orgId !== orgId) throw invalid('meetingId', '不是本会的执委会')
  if (meeting.status === 'cancelled') throw invalid('meetingId', '这次执委会已经取消，请另选一次')
}

/** She revises until the 执委会 her report names is recorded; after that the report stands as filed. */
export async function assertRevisable(ctx: Ctx, report: DutyReportDoc): Promise<void> {
  if (report.meetingId === null) return
  const meeting = await ctx.store.getById<CommitteeMeetingDoc>('committee_meetings', report.meetingId)
  if (meeting?.status === 'recorded') throw new AppError('CONFLICT', `${meetingDate(meeting)}的执委会已经记录，这份述职不能再修改`)
}

/** The 执委会 reports name, by id: the day (Beijing) and the place; one called off or not found is left out. */
export async function namedMeetings(ctx: Ctx, orgId: string, meetingIds: readonly (string | null)[]): Promise<Map<string, { date: string; place: string }>> {
  const ids = [...new Set(meetingIds.filter((meetingId): meetingId is string => meetingId !== null))]
  const found = await Promise.all(ids.map((meetingId) => ctx.store.getById<CommitteeMeetingDoc>('committee_meetings', meetingId)))
  return new Map(
    found.flatMap((meeting) => (meeting?.orgId === orgId && meeting.status !== 'cancelled' ? [[meeting._id, { date: meetingDate(meeting), place: meeting.place }] as const] : [])),
  )
}
