// org.get: the console's view of one federation — the org, its parent, every member
// (those who left too, for history), areas, recent activities, its children each with
// a completeness score, and the rule warnings. A fixed number of reads however many
// children it has: children by the parentId index, their members, areas and own 妇女小组
// and 微家 by `$in`.
import {
  CONVENED_MEETING_FORMS,
  heldToDuty,
  isSmallBody,
  POSTS,
  type DutyEntryDoc,
  type ActivityDoc,
  type AreaDoc,
  type CommitteeMeetingDoc,
  type MeetingDoc,
  type MemberDoc,
  type OrgDoc,
} from '../../../types'
import type { Ctx } from '../../common/context'
import { appraisalFailures } from '../lib/appraisal'
import { ruleWarnings } from '../lib/ruleWarnings'
import { localDate } from '../../common/time'
import { inBeijing } from '../../common/beijingDayjs'
import type { CtxOf } from '../../common/policy'
import { readAll } from '../../common/readAll'
import type { OrgInput, OrgOutput } from '../lib/types'
import { toConsoleMember, toConsoleOrg, toSummary } from '../lib/views'

/** Past activities older than this are left off the console (they stay in the store). */
const ACTIVITY_WINDOW_MONTHS = 12
const MAX_ACTIVITIES = 100
const MAX_CHILDREN = 200
/** Recorded 集中/现场议事 read for the attendance rule (三次无故缺席): the latest few are enough. */
const RECENT_MEETINGS = 12

/** Each 执委 in office's latest 履职 entry dated up to today (one indexed read each), for the one-year flag. */
async function lastEntryDates(ctx: CtxOf<'org.get'>, orgId: string, members: MemberDoc[]): Promise<Map<string, string | null>> {
  const held = members.filter((m) => m.status === 'active' && heldToDuty(m.post))
  const today = localDate(ctx.clock.now())
  const latest = await Promise.all(
    held.map((m) => ctx.store.find<DutyEntryDoc>('duty_entries', { orgId, memberId: m._id, date: { $lte: today } }, { sort: { date: -1 }, limit: 1 })),
  )
  return new Map(held.map((m, i) => [m._id, latest[i]?.[0]?.date ?? null]))
}

/** Active members by post (主席 first), then by their own order; those who left last. */
function byBoardOrder(a: MemberDoc, b: MemberDoc): number {
  if (a.status !== b.status) return a.status === 'active' ? -1 : 1
  return POSTS.indexOf(a.post) - POSTS.indexOf(b.post) || a.sort - b.sort
}

async function childrenWithCompleteness(ctx: Ctx, orgId: string): Promise<OrgOutput<'get'>['children']> {
  const children = await ctx.store.find<OrgDoc>('orgs', { parentId: orgId }, { sort: { sort: 1 }, limit: MAX_CHILDREN })
  if (children.length === 0) return []
  const childIds = children.map((c) => c._id)
  const [members, areas, grandchildren] = await Promise.all([
    readAll<MemberDoc>(ctx, 'members', { orgId: { $in: childIds }, status: 'active' }, { _id: 1 }),
    readAll<AreaDoc>(ctx, 'areas', { orgId: { $in: childIds } }, { _id: 1 }),
    readAll<OrgDoc>(ctx, 'orgs', { parentId: { $in: childIds } }, { _id: 1 }),
  ])
  const membersOf = groupByOrg(members)
  const areasOf = groupByOrg(areas)
  // 附件6's link rule needs each child's own 妇女小组 and 微家
  const smallBodiesOf = (id: string) => grandchildren.filter((g) => g.parentId === id && isSmallBody(g.level)).map((g) => g._id)
  return children.map((child) => ({
    ...toSummary(child),
    completeness: ruleWarnings(child, membersOf.get(child._id) ?? [], areasOf.get(child._id) ?? [], { smallBodyIds: smallBodiesOf(child._id) }).completeness,
  }))
}

function groupByOrg<T extends { orgId: string }>(docs: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const doc of docs) {
    const group = groups.get(doc.orgId)
    if (group) group.push(doc)
    else groups.set(doc.orgId, [doc])
  }
  return groups
}

export async function get(_input: OrgInput<'get'>, ctx: CtxOf<'org.get'>): Promise<OrgOutput<'get'>> {
  const { org, standing } = ctx.access
  const since = inBeijing(ctx.clock.now()).subtract(ACTIVITY_WINDOW_MONTHS, 'month').format('YYYY-MM-DD')
  const [parent, members, areas, activities, children, meetings, committees] = await Promise.all([
    org.parentId ? ctx.store.getById<OrgDoc>('orgs', org.parentId) : Promise.resolve(null),
    readAll<MemberDoc>(ctx, 'members', { orgId: org._id }, { sort: 1 }),
    readAll<AreaDoc>(ctx, 'areas', { orgId: org._id }, { sort: 1 }),
    ctx.store.find<ActivityDoc>('activities', { orgId: org._id, date: { $gte: since } }, { sort: { date: -1 }, limit: MAX_ACTIVITIES }),
    childrenWithCompleteness(ctx, org._id),
    ctx.store.find<MeetingDoc>('meetings', { orgId: org._id, status: 'recorded', form: { $in: [...CONVENED_MEETING_FORMS] } }, { sort: { startsAt: -1 }, limit: RECENT_MEETINGS }),
    ctx.store.find<CommitteeMeetingDoc>('committee_meetings', { orgId: org._id, status: 'recorded' }, { sort: { startsAt: -1 }, limit: RECENT_MEETINGS }),
  ])
  const lastEntries = await lastEntryDates(ctx, org._id, members)
  const appraisal = await appraisalFailures(
    ctx,
    org,
    members.filter((m) => m.status === 'active').map((m) => m._id),
  )
  const report = ruleWarnings(org, members, areas, {
    lastEntries,
    appraisalFailures: appraisal,
    meetings,
    committees: { recorded: committees, createdAt: org.createdAt },
    now: ctx.clock.now(),
    smallBodyIds: children.filter((c) => isSmallBody(c.level)).map((c) => c.orgId),
    home: { hours: org.hours, createdAt: org.createdAt, activities, now: ctx.clock.now() },
  })
  const activeIds = new Set(members.filter((m) => m.status === 'active').map((m) => m._id))
  const covering = (id: string | null) => (id && activeIds.has(id) ? id : null)
  return {
    role: standing.role,
    org: toConsoleOrg(org),
    parent: parent ? toSummary(parent) : null,
    members: [...members].sort(byBoardOrder).map(toConsoleMember),
    // as the board shows them: an area whose member left is uncovered
    areas: areas.map((a) => ({ ...a, memberId: covering(a.memberId), backupMemberId: covering(a.backupMemberId) })),
    activities,
    children,
    warnings: report.warnings,
    completeness: report.completeness,
  }
}
