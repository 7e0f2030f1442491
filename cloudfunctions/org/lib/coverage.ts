// Which areas (楼栋 / 网格 / 村民小组) a member covers first-hand. Saving a member with
// `coverAreaIds` makes her the covering member of exactly those areas of her org;
// recording her departure leaves her areas uncovered. Area versions are bumped so an
// area form opened before stays honest: its save gets CONFLICT.
import type { AreaDoc } from '../../../types'
import type { FieldChange } from '../../common/audit'
import type { Ctx } from '../../common/context'
import { invalid } from '../../common/invalid'

export interface CoverPlan {
  /** the areas she is to cover */
  wanted: AreaDoc[]
  /** the areas she covers now */
  current: AreaDoc[]
  /** the audit entry's before/after of her areas, or null when unchanged */
  change: FieldChange | null
}

const namesOf = (areas: AreaDoc[]) => areas.map((a) => a.name).sort()

/** Checks every id is an area of this org (INVALID_INPUT naming coverAreaIds otherwise). */
export async function planCover(ctx: Ctx, orgId: string, memberId: string | null, coverAreaIds: string[] | undefined): Promise<CoverPlan | null> {
  if (!coverAreaIds) return null
  const ids = [...new Set(coverAreaIds)]
  const wanted = ids.length ? await ctx.store.find<AreaDoc>('areas', { _id: { $in: ids } }, { limit: ids.length }) : []
  if (wanted.length !== ids.length || wanted.some((a) => a.orgId !== orgId)) throw invalid('coverAreaIds', '含有不属于本妇联的片区，请刷新后重选')
  const current = memberId ? await ctx.store.find<AreaDoc>('areas', { orgId, memberId }) : []
  const before = namesOf(current)
  const after = namesOf(wanted)
  const same = JSON.stringify(current.map((a) => a._id).sort()) === JSON.stringify([...ids].sort())
  return { wanted, current, change: same ? null : { field: 'coverAreas', before, after } }
}

/** Makes the member the covering member of `wanted` and of no other area. */
export async function applyCover(ctx: Ctx, memberId: string, plan: CoverPlan): Promise<void> {
  const updatedAt = ctx.clock.now().toISOString()
  const wantedIds = new Set(plan.wanted.map((a) => a._id))
  for (const area of plan.wanted) {
    if (area.memberId === memberId) continue
    const backupMemberId = area.backupMemberId === memberId ? null : area.backupMemberId
    await ctx.store.update('areas', { _id: area._id }, { $set: { memberId, backupMemberId, updatedAt }, $inc: { version: 1 } })
  }
  for (const area of plan.current) {
    if (wantedIds.has(area._id)) continue
    await ctx.store.update('areas', { _id: area._id }, { $set: { memberId: null, updatedAt }, $inc: { version: 1 } })
  }
}

/** Takes a departing member off every area she covered or backed up; returns the audit change. */
export async function releaseAreas(ctx: Ctx, orgId: string, memberId: string): Promise<FieldChange | null> {
  const areas = await ctx.store.find<AreaDoc>('areas', { orgId, $or: [{ memberId }, { backupMemberId: memberId }] })
  if (areas.length === 0) return null
  const updatedAt = ctx.clock.now().toISOString()
  for (const area of areas) {
    const set = { updatedAt, ...(area.memberId === memberId ? { memberId: null } : {}), ...(area.backupMemberId === memberId ? { backupMemberId: null } : {}) }
    await ctx.store.update('areas', { _id: area._id }, { $set: set, $inc: { version: 1 } })
  }
  return { field: 'coverAreas', before: namesOf(areas), after: [] }
}
