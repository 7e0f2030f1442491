// What an entry may point at must be the federation's own: the 片区 she covers and the activity
// it attaches to are looked up in her org, and an entry cannot be dated in the future. Each
// refusal names the field, as the contract's own refusals do.
import type { ActivityDoc, AreaDoc, DutyEntryFields } from '../../../types'
import type { Ctx } from '../../common/context'
import { invalid } from '../../common/invalid'
import { localDate } from '../../common/time'

export async function checkDutyFields(ctx: Ctx, orgId: string, fields: DutyEntryFields): Promise<void> {
  if (fields.date > localDate(ctx.clock.now())) throw invalid('fields.date', '不能晚于今天')
  if (fields.areaId) {
    const area = await ctx.store.getById<AreaDoc>('areas', fields.areaId)
    if (area?.orgId !== orgId) throw invalid('fields.areaId', '不是本妇联的片区')
  }
  if (fields.activityId) {
    const activity = await ctx.store.getById<ActivityDoc>('activities', fields.activityId)
    if (activity?.orgId !== orgId) throw invalid('fields.activityId', '不是本妇联的活动')
  }
}
