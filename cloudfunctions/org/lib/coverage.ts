// Which areas (楼栋 / 网格 / 村民小组) a member covers first-hand. Saving a member with
// `coverAreaIds` makes her the covering member of exactly those areas of her org;
// recording her departure leaves her areas uncovered. Area versions are bumped so an
// area form opened before stays honest: its save gets CONFLICT. Taking an area another
// active member covers is never silent: the plan names each such move, the save asks
// first (`confirmMoves`), and the change log says whom it was taken from.
import type { AreaDoc, MemberDoc } from '../../../types'
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
  /** wanted areas another active member of the org covers now, with her name */
  moves: AreaMove[]
}

export interface AreaMove {
  area: AreaDoc
  fromName: string
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
  return { wanted, current, change: same ? null : { field: 'coverAreas', before, after }, moves: await movesOf(ctx, wanted, memberId) }
}

/** The wanted areas covered now by another member still in office (one who left covers nothing). */
async function movesOf(ctx: Ctx, wanted: AreaDoc[], memberId: string | null): Promise<AreaMove[]> {
  const held = wanted.filter((a) => a.memberId !== null && a.memberId !== memberId)
  const holderIds = [...new Set(held.map((a) => a.memberId as string))]
  if (holderIds.length === 0) return []
  const holders = await ctx.store.find<MemberDoc>('members', { _id: { $in: holderIds }, status: 'active' }, { limit: holderIds.length })
  const nameOf = new Map(holders.map((m) => [m._id, m.name]))
  return held.flatMap((area) => {
    const fromName = nameOf.get(area.memberId as string)
    return fromName ? [{ area, fromName }] : []
  })
}

/** "5栋 现由 张三 联系，3栋 现由 王五 联系" */
export function movesText(moves: AreaMove[]): string {
  return moves.map((m) => `${m.area.name} 现由 ${m.fromName} 联系`).join('，')
}

/**
 * Refuses to take areas from other members unless the chair confirmed it; the reason
 * names each area and both members, so the form can ask her.
 */
export function assertMovesConfirmed(plan: CoverPlan | null, newName: string, confirmed: boolean | undefined): void {
  if (!plan || plan.moves.length === 0 || confirmed) return
  throw invalid('coverAreaIds', `${movesText(plan.moves)}，改由 ${newName} 联系吗？请确认后再保存`)
}

/** The change log's line for the areas taken from other members, or null when none was. */
export function movesChange(plan: CoverPlan | null): FieldChange | null {
  if (!plan || plan.moves.length === 0) return null
  return { field: 'movedAreas', before: null, after: plan.moves.map((m) => `${m.area.name}（原由 ${m.fromName} 联系）`) }
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
