// org.listDutyEntries (一本记录): a member's entries in one period, newest first, paged by the
// common cursor. Hers, or any member's for her chair; the women's names as entryView allows.
import type { DutyEntryDoc } from '../../../types'
import { page } from '../../common/paging'
import type { CtxOf } from '../../common/policy'
import { localDate } from '../../common/time'
import { spanOf } from '../../shared/duty/cadence'
import { dutyMemberOf, entryView } from '../lib/duty'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function listDutyEntries(input: OrgInput<'listDutyEntries'>, ctx: CtxOf<'org.listDutyEntries'>): Promise<OrgOutput<'listDutyEntries'>> {
  const { access } = ctx
  const member = await dutyMemberOf(ctx, access, input.memberId, 'listDutyEntries')
  const span = spanOf(input.periodDate ?? localDate(ctx.clock.now()), input.period)
  const result = await page<DutyEntryDoc>(ctx, {
    collection: 'duty_entries',
    filter: { orgId: access.org._id, memberId: member._id, date: { $gte: span.first, $lte: span.last } },
    field: 'createdAt',
    cursor: input.cursor,
    limit: input.limit,
  })
  const items = []
  for (const doc of result.items) items.push(await entryView(ctx, access, doc, 'listDutyEntries'))
  return { items, nextCursor: result.nextCursor }
}
