// org.logDutyEntry (记一笔): a member logs her own work; the chair logs it for a member without a
// smartphone (entered by the chair). The women's names are sealed; the org's counts follow.
import type { DutyEntryDoc } from '../../../types'
import { recordChange } from '../../common/audit'
import type { CtxOf } from '../../common/policy'
import { insertOnce, newId, stamp } from '../../common/writes'
import { dutyMemberOf, entryView } from '../lib/duty'
import { bumpCounts } from '../../shared/duty/counts'
import { refreshStats } from '../../shared/orgStats'
import { checkDutyFields } from '../lib/dutyFields'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function logDutyEntry(input: OrgInput<'logDutyEntry'>, ctx: CtxOf<'org.logDutyEntry'>): Promise<OrgOutput<'logDutyEntry'>> {
  const { access } = ctx
  const member = await dutyMemberOf(ctx, access, input.memberId, 'logDutyEntry')
  await checkDutyFields(ctx, access.org._id, input.fields)
  const byHerself = access.standing.membership?.memberId === member._id
  const { womenNames, activityId, ...fields } = input.fields
  const doc: DutyEntryDoc = {
    ...stamp(ctx, newId(ctx, 'logDutyEntry', access.org._id)),
    ...fields,
    orgId: access.org._id,
    memberId: member._id,
    womenNames: womenNames === '' ? '' : ctx.ports.vault.seal(womenNames),
    links: { topicId: null, requestId: null, activityId },
    enteredBy: byHerself ? 'self' : 'chair',
    enteredByMemberId: access.standing.membership?.memberId ?? null,
  }
  const { doc: saved, created } = await insertOnce(ctx, 'duty_entries', doc)
  if (created) {
    await bumpCounts(ctx.store, access.org, saved, 1)
    await refreshStats(ctx.store, access.org, ctx.clock.now(), ['duty'], [Number(saved.date.slice(0, 4))])
    await recordChange(ctx, {
      fn: 'org',
      action: 'logDutyEntry',
      orgId: access.org._id,
      target: { collection: 'duty_entries', id: saved._id },
      summary: byHerself ? `记了一笔履职（${saved.date}）` : `替执委 ${member.name} 记了一笔履职（${saved.date}）`,
      actorName: access.actorName,
    })
  }
  return { entry: await entryView(ctx, access, saved, 'logDutyEntry') }
}
