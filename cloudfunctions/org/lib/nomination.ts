// 增替补 in the console: the checks a nomination passes on its way to the 执委会's vote, each the
// sentence of 002 《重庆市基层妇联执委增替补及退出制度》 it enforces.
import { NOMINATION_STATUS_LABEL, type MemberDoc, type NominationDoc, type NominationStatus, type NominationSupport } from '../../../types'
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'
import { invalid } from '../../common/invalid'

/** 第十五条 "二十名以上妇女群众": 以上 counts the number itself. */
export const MIN_SIGNATURES = 20

/** 第十五条 "三分之一以上妇联执委": the fewest 执委 who make a third of `roster` (以上 counts the third itself). */
export const thirdOf = (roster: number): number => Math.ceil(roster / 3)

/**
 * 第十五条 群众推荐 "由三分之一以上妇联执委或20名以上妇女群众向本级妇联组织推荐": the 执委 who
 * recommend are counted against the 执委 in office now; a signature sheet needs its photo.
 */
export function assertMassSupport(support: Extract<NominationSupport, { route: 'mass' }>, committee: ReadonlyMap<string, MemberDoc>): void {
  if (new Set(support.memberIds).size !== support.memberIds.length) throw invalid('support.memberIds', '同一位执委选了两次')
  if (support.memberIds.some((memberId) => !committee.has(memberId))) throw invalid('support.memberIds', '推荐的执委要是本会在任的执委')
  const byMembers = support.memberIds.length >= thirdOf(committee.size)
  if (support.women >= MIN_SIGNATURES && support.sheetPhoto === null) throw invalid('support.sheetPhoto', '请拍照上传妇女群众的推荐签名表')
  const byWomen = support.women >= MIN_SIGNATURES
  if (!byMembers && !byWomen) {
    throw invalid(
      'support',
      `群众推荐要有三分之一以上执委（本会现有 ${committee.size} 位执委，至少 ${thirdOf(committee.size)} 位）或 ${MIN_SIGNATURES} 名以上妇女群众签名推荐；现在是 ${support.memberIds.length} 位执委、${support.women} 名妇女`,
    )
  }
}

/** 替补 fills the seat of a 执委 of this federation who has left; 增补 names nobody. */
export async function assertVacancy(ctx: Ctx, orgId: string, kind: NominationDoc['kind'], replacesMemberId: string | null): Promise<void> {
  if (kind === 'add') {
    if (replacesMemberId !== null) throw invalid('replacesMemberId', '增补不用选替补谁')
    return
  }
  if (replacesMemberId === null) throw invalid('replacesMemberId', '替补要选是替补哪位离任的执委')
  const left = await ctx.store.getById<MemberDoc>('members', replacesMemberId)
  if (left?.orgId !== orgId) throw invalid('replacesMemberId', '不是本会的执委')
  if (left.status !== 'left') throw invalid('replacesMemberId', `${left.name}还在任，先登记她的离任，再替补`)
}

/** The nomination must be at `status` for this step; otherwise CONFLICT saying where it stands. */
export function assertAt(nomination: NominationDoc, status: NominationStatus, step: string): void {
  if (nomination.status !== status) throw new AppError('CONFLICT', `${nomination.candidate.name}的推荐现在是「${NOMINATION_STATUS_LABEL[nomination.status]}」，不能${step}`)
}
