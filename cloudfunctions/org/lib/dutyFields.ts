// What an entry may point at must be the federation's own: the 片区 she covers and the activity
// it attaches to are looked up in her org, and an entry cannot be dated in the future. Each
// refusal names the field, as the contract's own refusals do. An entry that already produced a
// topic or a help request keeps what it was.
import type { ActivityDoc, AreaDoc, DutyEntryDoc, DutyEntryFields } from '../../../types'
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

const PRODUCED = { topicId: '议题', requestId: '求助' } as const

/** What the entry has already produced (a topic, a help request), or null. */
export function producedBy(entry: DutyEntryDoc): string | null {
  if (entry.links.topicId) return PRODUCED.topicId
  if (entry.links.requestId) return PRODUCED.requestId
  return null
}

/**
 * An entry that produced a topic or a help request keeps what made it: its kind (a 建议 stays the
 * 建议 the topic came from, a 帮扶 / 报告 the one the request came from) and, for a topic, its date
 * (the 已立项 count sits in that date's quarter and year). The note, count, photos and names may change.
 */
export function checkLinkedChange(entry: DutyEntryDoc, fields: DutyEntryFields): void {
  const produced = producedBy(entry)
  if (!produced) return
  if (fields.kind !== entry.kind) throw invalid('fields.kind', `这笔记录已转为${produced}，不能改成别的类型`)
  if (entry.links.topicId && fields.date !== entry.date) throw invalid('fields.date', '这笔记录已转为议题，日期不能改')
}
