// org.deleteDutyEntry: the entry goes, at the version she saw; an audit record of what it was
// stays (kind, date, count — never the women's names), and the counts follow. An entry that
// produced a topic or a help request stays: the topic and the case name it.
import { recordChange } from '../../common/audit'
import { AppError } from '../../common/errors'
import type { CtxOf } from '../../common/policy'
import { assertVersion, CONFLICT_MESSAGE } from '../../common/writes'
import { assertMayTouch } from '../lib/duty'
import { bumpCounts } from '../../shared/duty/counts'
import { refreshStats } from '../../shared/orgStats'
import { producedBy } from '../lib/dutyFields'
import type { OrgInput, OrgOutput } from '../lib/types'
import { DUTY_ENTRY_KIND_LABELS } from '../../../types'

export async function deleteDutyEntry(input: OrgInput<'deleteDutyEntry'>, ctx: CtxOf<'org.deleteDutyEntry'>): Promise<OrgOutput<'deleteDutyEntry'>> {
  const { access } = ctx
  const entry = access.doc
  await assertMayTouch(ctx, access, entry.memberId, 'deleteDutyEntry')
  assertVersion(entry, input.version)
  const produced = producedBy(entry)
  if (produced) throw new AppError('CONFLICT', `这笔记录已转为${produced}，不能删除`)
  if ((await ctx.store.remove('duty_entries', { _id: entry._id, version: input.version })) === 0) throw new AppError('CONFLICT', CONFLICT_MESSAGE)
  await bumpCounts(ctx.store, access.org, entry, -1)
  await refreshStats(ctx.store, access.org, ctx.clock.now(), ['duty'], [Number(entry.date.slice(0, 4))])
  await recordChange(ctx, {
    fn: 'org',
    action: 'deleteDutyEntry',
    orgId: access.org._id,
    target: { collection: 'duty_entries', id: entry._id },
    summary: `删除了一笔履职记录（${entry.date} ${DUTY_ENTRY_KIND_LABELS[entry.kind]}，${entry.womenCount}人）`,
    changes: [
      { field: 'entry', before: { memberId: entry.memberId, kind: entry.kind, date: entry.date, way: entry.way, womenCount: entry.womenCount, note: entry.note }, after: null },
    ],
    actorName: access.actorName,
  })
  return { deleted: true }
}
