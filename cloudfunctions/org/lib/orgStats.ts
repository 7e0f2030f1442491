// The `org` part of a federation's figures for the view from above (shared/orgStats.ts): its
// 完整度 as the console computes it, and its 台账 of the year — 001 3.6
// "做到年初有计划，活动有记录，年终有总结": the year's 年度工作计划 and the activities dated in it (the plan), those done
// with a result or a photo (the records), the year's 年度总结 (the summary). Written here
// because the completeness rules are the org function's; recounted on every change the org
// function records (changeLog.ts), so it never drifts.
import { isSmallBody, type ActivityDoc, type AreaDoc, type MemberDoc, type OrgDoc, type OrgStatsDoc } from '../../../types'
import type { Ctx } from '../../common/context'
import { readAll } from '../../common/readAll'
import { dutyPart, writeStatsPart, yearOf } from '../../shared/orgStats'
import { ruleWarnings } from './ruleWarnings'

/** More children than any federation lists on its board. */
const MAX_CHILDREN = 1000

export async function orgPart(ctx: Pick<Ctx, 'store'>, org: OrgDoc, year: number, at: string): Promise<NonNullable<OrgStatsDoc['org']>> {
  const [members, areas, children, activities] = await Promise.all([
    readAll<MemberDoc>(ctx, 'members', { orgId: org._id, status: 'active' }, { _id: 1 }),
    readAll<AreaDoc>(ctx, 'areas', { orgId: org._id }, { _id: 1 }),
    ctx.store.find<OrgDoc>('orgs', { parentId: org._id }, { sort: { sort: 1 }, limit: MAX_CHILDREN }),
    readAll<ActivityDoc>(ctx, 'activities', { orgId: org._id, date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, { date: 1, _id: 1 }),
  ])
  const smallBodyIds = children.filter((child) => isSmallBody(child.level)).map((child) => child._id)
  return {
    completeness: ruleWarnings(org, members, areas, { smallBodyIds }).completeness.score,
    plan: org.annualPlan?.year === year,
    planned: activities.length,
    recorded: activities.filter((activity) => activity.status === 'done' && (activity.resultText.trim() !== '' || activity.photos.length > 0)).length,
    summary: (org.yearSummaries?.[String(year)] ?? '').trim() !== '',
    at,
  }
}

/** Recounts the `org` part of the federation's figures for the current year (and `years`). */
export async function refreshOrgPart(ctx: Pick<Ctx, 'store'>, orgId: string, now: Date, years: readonly number[] = []): Promise<void> {
  const org = await ctx.store.getById<OrgDoc>('orgs', orgId)
  if (!org) return
  const at = now.toISOString()
  for (const year of new Set([yearOf(now), ...years])) {
    await writeStatsPart(ctx.store, org, year, 'org', await orgPart(ctx, org, year, at))
    // a 执委 added, gone or moved to another post changes whose entries the 履职率 counts
    await writeStatsPart(ctx.store, org, year, 'duty', await dutyPart(ctx.store, org._id, year, at))
  }
}
