// Telling people a case moved, with no case detail in the message (DESIGN.md, Privacy):
// the woman gets "您的求助有新进展" and the state's label; the chairs get "有新的求助待受理"
// when a case enters their queue. Her messages open her case page; theirs the staff one.
import { REQUEST_STATE_LABEL, type MemberDoc, type RequestDoc, type RequestState } from '../../../types'
import type { Ctx } from '../../common/context'
import { notifyUser } from '../../common/notify'

export const REQUEST_TEMPLATE = 'requestProgress'
export const PROGRESS_THING = '您的求助有新进展'
export const QUEUE_THING = '有新的求助待受理'

export async function notifyRequester(ctx: Ctx, doc: Pick<RequestDoc, '_id' | 'requesterOpenid'>, phrase: string): Promise<void> {
  if (!doc.requesterOpenid) return
  await notifyUser(ctx, { openid: doc.requesterOpenid, template: REQUEST_TEMPLATE, page: `help/pages/case/index?caseId=${doc._id}`, thing: PROGRESS_THING, phrase })
}

export const statePhrase = (state: RequestState) => REQUEST_STATE_LABEL[state].slice(0, 5)

/** The chairs and vice-chairs of `orgId` who have bound their WeChat. */
export async function notifyChairs(ctx: Ctx, orgId: string, caseId: string): Promise<void> {
  const chairs = await ctx.store.find<MemberDoc>('members', { orgId, status: 'active', post: { $in: ['chair', 'viceChair'] } }, { limit: 20 })
  for (const chair of chairs) {
    if (!chair.openid) continue
    await notifyUser(ctx, { openid: chair.openid, template: REQUEST_TEMPLATE, page: `staff/pages/request/index?caseId=${caseId}`, thing: QUEUE_THING, phrase: '待受理' })
  }
}
