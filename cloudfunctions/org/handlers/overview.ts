// org.overview (下级统计): the federations under the chair's, one row each with its figures
// summed over the federations below it — 台账, 履职, 议事, 求助 (protected as 求助统计), 完整度 —
// and the charts. One read of the kept figures (`org_stats`), not of the records: the writes
// keep them (shared/orgStats.ts). A federation whose figures were never kept (data from before
// they were, or a year nothing was written in) has them counted here once, and kept.
import { REQUEST_CATEGORIES, type OrgDoc, type OrgStatsDoc } from '../../../types'
import type { Ctx } from '../../common/context'
import type { CtxOf } from '../../common/policy'
import { readAll } from '../../common/readAll'
import { localDate } from '../../common/time'
import { inBeijing } from '../../common/beijingDayjs'
import { dutyPart, recountPart, writeStatsPart } from '../../shared/orgStats'
import { overviewOf, overviewQuarter, type StatsRead } from '../../shared/overviewRows'
import { orgPart } from '../lib/orgStats'
import type { OrgInput, OrgOutput } from '../lib/types'

/** Federations counted at once when their figures are missing. */
const HEAL_BATCH = 8
/**
 * At most this many are counted in one read: on the cloud each takes about a dozen database
 * calls, and the org function has 10 s (scripts/lib/deployPlan.ts); the page reads again until
 * none is left.
 */
const HEAL_PER_READ = 200

const complete = (doc: StatsRead) => Boolean(doc.org && doc.duty?.active && doc.topics && doc.requests && doc.requests.byCategory.length === REQUEST_CATEGORIES.length)

/**
 * Counts and keeps the figures of up to HEAL_PER_READ federations below `orgId` that have none
 * (or not all) for the year; answers those left, as federations with no figures yet.
 */
async function keepMissing(ctx: Ctx, orgId: string, year: number, kept: OrgStatsDoc[], now: Date): Promise<StatsRead[]> {
  const done = new Set(kept.filter(complete).map((doc) => doc.orgId))
  const missing = (await readAll<OrgDoc>(ctx, 'orgs', { ancestorIds: orgId }, { _id: 1 })).filter((org) => !done.has(org._id))
  const orgs = missing.slice(0, HEAL_PER_READ)
  const at = now.toISOString()
  for (let i = 0; i < orgs.length; i += HEAL_BATCH) {
    await Promise.all(
      orgs.slice(i, i + HEAL_BATCH).map(async (org) => {
        await writeStatsPart(ctx.store, org, year, 'org', await orgPart(ctx, org, year, at))
        await writeStatsPart(ctx.store, org, year, 'duty', await dutyPart(ctx.store, org._id, year, at))
        await recountPart(ctx.store, org, year, 'topics', at)
        await recountPart(ctx.store, org, year, 'requests', at)
      }),
    )
  }
  const keptIds = new Set(kept.map((doc) => doc.orgId))
  // those not counted yet still get their row (read as zero), unless a partial document of theirs is read anyway
  return missing
    .slice(orgs.length)
    .filter((org) => !keptIds.has(org._id))
    .map((org) => ({ orgId: org._id, name: org.name, level: org.level, parentId: org.parentId, ancestorIds: org.ancestorIds, sort: org.sort }))
}

export async function overview(input: OrgInput<'overview'>, ctx: CtxOf<'org.overview'>): Promise<OrgOutput<'overview'>> {
  const { org } = ctx.access
  const now = ctx.clock.now()
  const local = inBeijing(now)
  const read = () => readAll<OrgStatsDoc>(ctx, 'org_stats', { ancestorIds: org._id, year: input.year }, { _id: 1 })
  const [expected, kept] = await Promise.all([ctx.store.count('orgs', { ancestorIds: org._id }), read()])
  // a year still to come has nothing to count
  const missing = input.year <= local.year() && (kept.length < expected || !kept.every(complete))
  const left = missing ? await keepMissing(ctx, org._id, input.year, kept, now) : []
  const docs: StatsRead[] = missing ? [...(await read()), ...left] : kept
  const uncounted = missing ? docs.filter((doc) => !complete(doc)).length : 0
  return { ...overviewOf({ orgId: org._id, name: org.name, level: org.level }, docs, input.year, overviewQuarter(input.year, now)), asOf: localDate(now), uncounted }
}
