// Tells the members asked to a meeting that they are asked, that it changed or that it was called off — “会议召开要提前
// 告知执委” (重庆市基层妇联执委履职保障激励制度, 参与保障) — in her in-app 消息 (and the subscription message where
// WeChat sends one). A member without a bound WeChat has nobody to tell; a notification
// that cannot be sent never undoes the change (common/notify.ts).
import type { MeetingDoc, MemberDoc } from '../../../types'
import { staffOrgPath } from '../../../types/routes'
import type { Ctx } from '../../common/context'
import { notifyUser } from '../../common/notify'
import { inBeijing } from '../../common/beijingDayjs'

const MEETING_TEMPLATE = 'meetingChange'

/** What happened to the meeting, in the five characters a subscription message allows. */
export type MeetingNews = '请您参会' | '时间有变' | '安排有变' | '已取消'

/** "议事会 11月25日 15:00": the meeting by its (new) time, well within the 20 characters a message allows. */
const subjectOf = (meeting: MeetingDoc): string => `议事会 ${inBeijing(new Date(meeting.startsAt)).format('M月D日 HH:mm')}`

/** Tells each of `memberIds` (deduplicated) who has a bound WeChat about `meeting`. */
export async function notifyInvited(ctx: Ctx, meeting: MeetingDoc, memberIds: readonly string[], news: MeetingNews): Promise<void> {
  const ids = [...new Set(memberIds)]
  if (ids.length === 0) return
  const members = await ctx.store.find<MemberDoc>('members', { _id: { $in: ids }, orgId: meeting.orgId }, { limit: ids.length })
  const openids = [...new Set(members.flatMap((member) => (member.openid && member.openid !== ctx.caller.openid ? [member.openid] : [])))]
  for (const openid of openids) {
    await notifyUser(ctx, { openid, template: MEETING_TEMPLATE, page: staffOrgPath(meeting.orgId), thing: subjectOf(meeting), phrase: news })
  }
}
