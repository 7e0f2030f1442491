// org.dutyOverview (履职情况): every 执委 in office of the federation with her 七个一 status, her
// last entry's date, who is behind and who carries the one-year flag (it proposes; the
// committee decides), and the 分片 coverage. Statuses only: no entry, no woman's name.
import type { CtxOf } from '../../common/policy'
import { localDate } from '../../common/time'
import { teamStatus } from '../lib/duty'
import { coverageOf } from '../lib/dutyCoverage'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function dutyOverview(_input: OrgInput<'dutyOverview'>, ctx: CtxOf<'org.dutyOverview'>): Promise<OrgOutput<'dutyOverview'>> {
  const { org } = ctx.access
  const members = await teamStatus(ctx, org)
  return {
    asOf: localDate(ctx.clock.now()),
    members,
    behindCount: members.filter((row) => row.summary.behind).length,
    silentCount: members.filter((row) => row.summary.silentYear !== null).length,
    coverage: await coverageOf(ctx, org._id, members),
  }
}
