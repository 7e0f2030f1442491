// What each 台账 is made of, read from the store for one federation and one year. Reads are
// bounded (common/readAll) and use the indexes the console already has (orgId with a date).
import {
  heldToDuty,
  POST_LABEL,
  type ActivityDoc,
  type AreaDoc,
  type AuditDoc,
  type CommitteeMeetingDoc,
  type DutyEntryDoc,
  type MeetingDoc,
  type MemberDoc,
  type NominationDoc,
  type OrgDoc,
  type RequestDoc,
  type TopicDoc,
  type TopicState,
} from '../../../types'
import type { Ctx } from '../../common/context'
import { readAll } from '../../common/readAll'
import { localDate, yearBoundsInBeijing } from '../../common/time'
import type { DutyLedgerMember } from './ledgers/duty'
import type { StateDates } from './ledgers/topics'

export const membersOf = (ctx: Ctx, orgId: string) => readAll<MemberDoc>(ctx, 'members', { orgId }, { sort: 1 })
export const areasOf = (ctx: Ctx, orgId: string) => readAll<AreaDoc>(ctx, 'areas', { orgId }, { sort: 1 })

/** Documents of the org dated in the year (Beijing), by a date field holding YYYY-MM-DD. */
function inYearByDate(year: number) {
  return { $gte: `${year}-01-01`, $lte: `${year}-12-31` }
}

/** Documents of the org made in the year (Beijing), by an instant field. */
function inYearByInstant(year: number) {
  const { start, end } = yearBoundsInBeijing(year)
  return { $gte: start.toISOString(), $lt: end.toISOString() }
}

export const activitiesOf = (ctx: Ctx, orgId: string, year: number) => readAll<ActivityDoc>(ctx, 'activities', { orgId, date: inYearByDate(year) }, { date: 1 })

export const topicsOf = (ctx: Ctx, orgId: string, year: number) => readAll<TopicDoc>(ctx, 'topics', { orgId, createdAt: inYearByInstant(year) }, { createdAt: 1 })

/** The meetings the year's topics went to (any year: a December topic may be met in January). */
export async function meetingsOf(ctx: Ctx, topics: readonly TopicDoc[]): Promise<MeetingDoc[]> {
  const ids = [...new Set(topics.map((t) => t.meetingId).filter((id): id is string => id !== null))]
  const meetings: MeetingDoc[] = []
  for (let i = 0; i < ids.length; i += 100) meetings.push(...(await ctx.store.find<MeetingDoc>('meetings', { _id: { $in: ids.slice(i, i + 100) } }, { limit: 100 })))
  return meetings
}

/** The first Beijing date each topic reached each state, from the change log (review, advance). */
export async function topicStateDates(ctx: Ctx, orgId: string, year: number): Promise<StateDates> {
  // from the year's first day on, with no end: a December topic may be reported or carried out in January
  const { start } = yearBoundsInBeijing(year)
  const changes = await readAll<AuditDoc>(ctx, 'audit', { orgId, at: { $gte: start.toISOString() }, 'target.collection': 'topics', outcome: 'changed' }, { at: 1 })
  const dates = new Map<string, Partial<Record<TopicState, string>>>()
  for (const entry of changes) {
    const state = entry.changes.find((c) => c.field === 'state')?.after
    if (!entry.target || typeof state !== 'string') continue
    const seen = dates.get(entry.target.id) ?? {}
    seen[state as TopicState] ??= localDate(new Date(entry.at))
    dates.set(entry.target.id, seen)
  }
  return dates
}

/** Each 执委 who served in the year, with her entries of the year. */
export async function dutyMembersOf(ctx: Ctx, org: OrgDoc, members: readonly MemberDoc[], year: number): Promise<DutyLedgerMember[]> {
  const served = members.filter((m) => heldToDuty(m.post) && (m.status === 'active' || (m.departure?.leftOn ?? '') >= `${year}-01-01`))
  const entries = await readAll<DutyEntryDoc>(ctx, 'duty_entries', { orgId: org._id, date: inYearByDate(year) }, { date: 1 })
  return served.map((m) => ({
    name: m.status === 'active' ? m.name : `${m.name}（已离任）`,
    postLabel: POST_LABEL[m.post],
    joinedOn: m.termStart ?? localDate(new Date(m.createdAt)),
    entries: entries.filter((e) => e.memberId === m._id).map(({ kind, date, womenCount }) => ({ kind, date, womenCount })),
  }))
}

export const committeesOf = (ctx: Ctx, orgId: string, year: number) =>
  readAll<CommitteeMeetingDoc>(ctx, 'committee_meetings', { orgId, startsAt: inYearByInstant(year) }, { startsAt: 1 })
export const nominationsOf = (ctx: Ctx, orgId: string, year: number) => readAll<NominationDoc>(ctx, 'nominations', { orgId, createdAt: inYearByInstant(year) }, { createdAt: 1 })

/** The federation's own cases filed in the year (never the ones escalated to it: those are its children's). */
export const requestsOf = (ctx: Ctx, orgId: string, year: number) => readAll<RequestDoc>(ctx, 'requests', { orgId, createdAt: inYearByInstant(year) }, { createdAt: 1 })
