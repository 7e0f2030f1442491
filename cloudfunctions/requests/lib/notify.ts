// Telling people a case moved, with no case detail in the message (anyone holding her
// phone may see it): the woman gets "您的求助有新进展" and the state's label; the chairs
// get "有新的求助待受理" when a case enters their queue; the member a case is given to,
// and its backup, get "有一件求助请您负责" / "请您做一件求助的备用执委" — never her name,
// her category or her story. Her messages open her case page; theirs the staff one.
import { REQUEST_STATE_LABEL, type MemberDoc, type RequestDoc, type RequestState } from '../../../types'
import { helpCasePath, staffCasePath } from '../../../types/routes'
import type { Ctx } from '../../common/context'
import { notifyUser } from '../../common/notify'
import { leadOpenids } from '../../common/staff'

const REQUEST_TEMPLATE = 'requestProgress'
const PROGRESS_THING = '您的求助有新进展'
const QUEUE_THING = '有新的求助待受理'
const ASSIGNEE_THING = '有一件求助请您负责'
const BACKUP_THING = '请您做一件求助的备用执委'

export async function notifyRequester(ctx: Ctx, doc: Pick<RequestDoc, '_id' | 'requesterOpenid'>, phrase: string): Promise<void> {
  if (!doc.requesterOpenid) return
  await notifyUser(ctx, { openid: doc.requesterOpenid, template: REQUEST_TEMPLATE, page: helpCasePath(doc._id), thing: PROGRESS_THING, phrase })
}

export const statePhrase = (state: RequestState) => REQUEST_STATE_LABEL[state].slice(0, 5)

/** The chairs and vice-chairs of `orgId` who have bound their WeChat (each once for `once`: see notifyUser). */
export async function notifyChairs(ctx: Ctx, orgId: string, caseId: string, once?: string): Promise<void> {
  for (const openid of await leadOpenids(ctx.store, orgId)) {
    await notifyUser(ctx, { openid, template: REQUEST_TEMPLATE, page: staffCasePath(caseId), thing: QUEUE_THING, phrase: '待受理' }, once)
  }
}

/**
 * The members newly given the case — its assignee (负责执委) and its backup (备用执委) —
 * who have bound their WeChat: each told once, when she takes the role, not again while
 * she keeps it.
 */
export async function notifyAssigned(ctx: Ctx, before: Pick<RequestDoc, 'assigneeId' | 'backupId'>, after: Pick<RequestDoc, '_id' | 'assigneeId' | 'backupId'>): Promise<void> {
  const roles: [string | null, string | null, string, string][] = [
    [after.assigneeId, before.assigneeId, ASSIGNEE_THING, '请尽快联系'],
    [after.backupId, before.backupId, BACKUP_THING, '备用执委'],
  ]
  for (const [memberId, earlier, thing, phrase] of roles) {
    if (!memberId || memberId === earlier) continue
    const member = await ctx.store.getById<MemberDoc>('members', memberId)
    if (!member?.openid) continue
    await notifyUser(ctx, { openid: member.openid, template: REQUEST_TEMPLATE, page: staffCasePath(after._id), thing, phrase })
  }
}
