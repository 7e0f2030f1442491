// org.updateDutyEntry: she (or her chair) corrects an entry. Versioned: a stale version is
// CONFLICT; the audit keeps what changed (never the women's names); the counts follow.
import type { DutyEntryDoc } from '../../../types'
import { diffFields, recordChange } from '../../common/audit'
import type { CtxOf } from '../../common/policy'
import { updateVersioned } from '../../common/writes'
import { assertMayTouch, entryView } from '../lib/duty'
import { bumpCounts } from '../../shared/duty/counts'
import { refreshStats } from '../../shared/orgStats'
import { checkDutyFields, checkLinkedChange } from '../lib/dutyFields'
import type { OrgInput, OrgOutput } from '../lib/types'

const AUDITED = ['kind', 'date', 'way', 'areaId', 'womenCount', 'note', 'photos'] as const

export async function updateDutyEntry(input: OrgInput<'updateDutyEntry'>, ctx: CtxOf<'org.updateDutyEntry'>): Promise<OrgOutput<'updateDutyEntry'>> {
  const { access } = ctx
  const before = access.doc
  await assertMayTouch(ctx, access, before.memberId, 'updateDutyEntry')
  await checkDutyFields(ctx, access.org._id, input.fields)
  checkLinkedChange(before, input.fields)
  const { womenNames, activityId, ...fields } = input.fields
  const changes: Partial<DutyEntryDoc> = { ...fields, womenNames: womenNames === '' ? '' : ctx.ports.vault.seal(womenNames), links: { ...before.links, activityId } }
  const saved = await updateVersioned(ctx, 'duty_entries', before, input.version, changes)
  await bumpCounts(ctx.store, access.org, before, -1)
  await bumpCounts(ctx.store, access.org, saved, 1)
  await refreshStats(
    ctx.store,
    access.org,
    ctx.clock.now(),
    ['duty'],
    [before.date, saved.date].map((date) => Number(date.slice(0, 4))),
  )
  await recordChange(ctx, {
    fn: 'org',
    action: 'updateDutyEntry',
    orgId: access.org._id,
    target: { collection: 'duty_entries', id: before._id },
    summary: `修改了一笔履职记录（${saved.date}）`,
    changes: diffFields(before, saved, AUDITED),
    actorName: access.actorName,
  })
  return { entry: await entryView(ctx, access, saved, 'updateDutyEntry') }
}
