// 分片联系 in the chair's 履职情况: whether each 执委 reached the women the seeds ask of her over
// the year (附件6 "每位执委至少联系1个妇女小组和微家、10名妇女群众"; counted in 人次, the sum of
// her entries' counts, since an entry names no woman it could tell apart), and which of the
// federation's 片区 no entry named this quarter.
import { WOMEN_REACHED_CITATIONS, WOMEN_REACHED_MINIMUM, type AreaDoc, type DutyCoverage, type DutyEntryDoc, type DutyMemberStatus } from '../../../types'
import type { Ctx } from '../../common/context'
import { localDate } from '../../common/time'
import { spanOf } from '../../shared/duty/cadence'

/** More 片区 than a federation keeps (one read). */
const MAX_AREAS = 500
/** The entries of one quarter that name a 片区: one read (the cloud database's ceiling). */
const MAX_QUARTER_ENTRIES = 1000

export async function coverageOf(ctx: Ctx, orgId: string, team: readonly DutyMemberStatus[]): Promise<DutyCoverage> {
  const quarter = spanOf(localDate(ctx.clock.now()), 'quarter')
  const [areas, visits] = await Promise.all([
    ctx.store.find<AreaDoc>('areas', { orgId }, { sort: { sort: 1 }, limit: MAX_AREAS }),
    // every entry of the quarter, a member who has since left included: her visit still counts
    ctx.store.find<DutyEntryDoc>('duty_entries', { orgId, date: { $gte: quarter.first, $lte: quarter.last }, areaId: { $ne: null } }, { limit: MAX_QUARTER_ENTRIES }),
  ])
  const visited = new Set(visits.map((entry) => entry.areaId))
  const names = new Map(team.map((row) => [row.memberId, row.name]))
  return {
    quarter,
    womenMinimum: WOMEN_REACHED_MINIMUM,
    womenShort: team.filter((row) => !row.summary.womenReached.met).length,
    womenCitations: [...WOMEN_REACHED_CITATIONS],
    areaCount: areas.length,
    unvisitedAreas: areas
      .filter((area) => !visited.has(area._id))
      .map((area) => ({ areaId: area._id, name: area.name, memberName: area.memberId ? (names.get(area.memberId) ?? null) : null })),
  }
}
