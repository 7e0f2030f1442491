// What a member's record may say, given her body: the posts its level gives (a 妇女小组's
// people are 小组长 and 组员, a federation's 主席、副主席、执委), one 主席 (or one 小组长) at a
// time, and the 妇女小组 and 妇女微家 she keeps in touch with being her federation's own.
import { isSmallBody, ORG_LEVEL_LABEL, POST_LABEL, postsFor, type MemberDoc, type OrgDoc, type Post } from '../../../types'
import type { FieldChange } from '../../common/audit'
import type { Ctx } from '../../common/context'
import { invalid } from '../../common/invalid'

/**
 * Posts only one active member may hold. 基层妇联执委工作手册 三(一): "执行委员会全体会议选举主席一人";
 * 重庆 “四新”指导意见 二(四): "妇女小组固定成员不少于3人，并推选小组长1名".
 */
const SINGLE_POSTS: readonly Post[] = ['chair', 'groupLeader']

/** Refuses a post her body's level does not give, naming the ones it does. */
export function assertPostFits(level: OrgDoc['level'], post: Post): void {
  const allowed = postsFor(level)
  if (allowed.includes(post)) return
  const body = isSmallBody(level) ? ORG_LEVEL_LABEL[level] : `${ORG_LEVEL_LABEL[level]}妇联`
  throw invalid('fields.post', `${body}的成员职务只能是${allowed.map((p) => POST_LABEL[p]).join('、')}`)
}

/** Refuses a second 主席 (or 小组长): the one in office is named, and how to make room. */
export async function assertSinglePost(ctx: Ctx, orgId: string, memberId: string | null, post: Post): Promise<void> {
  if (!SINGLE_POSTS.includes(post)) return
  const holders = await ctx.store.find<MemberDoc>('members', { orgId, status: 'active', post }, { limit: 5 })
  const other = holders.find((m) => m._id !== memberId)
  if (!other) return
  const label = POST_LABEL[post]
  throw invalid('fields.post', `本会已有${label}${other.name}，${label}只能有一位。请先把${other.name}改为其他职务或登记离任，再保存`)
}

/**
 * Checks every id is a 妇女小组 or 妇女微家 directly under her federation (附件6: "每位执委至少联系1个
 * 妇女小组和微家") and returns the audit line of the change in names, or null when unchanged.
 */
export async function checkLinkedBodies(ctx: Ctx, orgId: string, before: string[], after: string[] | undefined): Promise<FieldChange | null> {
  if (after === undefined) return null
  const ids = [...new Set([...before, ...after])]
  const bodies = ids.length ? await ctx.store.find<OrgDoc>('orgs', { _id: { $in: ids } }, { limit: ids.length }) : []
  const own = new Map(bodies.filter((b) => b.parentId === orgId && isSmallBody(b.level)).map((b) => [b._id, b.name]))
  if (after.some((id) => !own.has(id))) throw invalid('fields.linkedBodyIds', '含有不属于本会的妇女小组或妇女微家，请刷新后重选')
  const names = (list: string[]) =>
    list
      .map((id) => own.get(id) ?? '')
      .filter(Boolean)
      .sort()
  if (JSON.stringify([...before].sort()) === JSON.stringify([...new Set(after)].sort())) return null
  return { field: 'linkedBodies', before: names(before), after: names([...new Set(after)]) }
}
