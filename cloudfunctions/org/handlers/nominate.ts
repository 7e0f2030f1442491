// org.nominate: a candidate for 增补 or 替补 is put forward (002 增替补及退出制度第十五条): 组织推荐 by
// the 党组织, 群众推荐 by a third of the 执委 or 20 women, or 个人自荐 (then 初审 by the federation).
// Nothing is voted on before the 党组织 approves it (第十四条). A retried request makes one.
import { NOMINATION_KIND_LABEL, NOMINATION_ROUTE_LABEL, type NominationDoc } from '../../../types'
import { recordChange } from '../../common/audit'
import type { CtxOf } from '../../common/policy'
import { insertOnce, newId, stamp } from '../../common/writes'
import { committeeMembers } from '../lib/committee'
import { assertOwnDocumentPhoto } from '../lib/documentPhotos'
import { assertMassSupport, assertVacancy } from '../lib/nomination'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function nominate(input: OrgInput<'nominate'>, ctx: CtxOf<'org.nominate'>): Promise<OrgOutput<'nominate'>> {
  const { access } = ctx
  await assertVacancy(ctx, access.org._id, input.kind, input.replacesMemberId)
  if (input.support.route === 'mass') {
    assertOwnDocumentPhoto(input.support.sheetPhoto, access.org._id, 'support.sheetPhoto')
    assertMassSupport(input.support, await committeeMembers(ctx, access.org._id))
  }
  const doc: NominationDoc = {
    ...stamp(ctx, newId(ctx, 'nominate', access.org._id)),
    orgId: access.org._id,
    kind: input.kind,
    replacesMemberId: input.replacesMemberId,
    candidate: input.candidate,
    support: input.support,
    // 第十五条 "个人自荐…经本级妇联组织初审，报同级党组织审议通过"
    status: input.support.route === 'self' ? 'review' : 'nominated',
    review: null,
    approval: null,
    vote: null,
    memberId: null,
  }
  const { doc: saved, created } = await insertOnce(ctx, 'nominations', doc)
  if (created) {
    await recordChange(ctx, {
      fn: 'org',
      action: 'nominate',
      orgId: access.org._id,
      target: { collection: 'nominations', id: saved._id },
      summary: `登记了${NOMINATION_KIND_LABEL[input.kind]}人选 ${input.candidate.name}（${NOMINATION_ROUTE_LABEL[input.support.route]}）`,
      actorName: access.actorName,
    })
  }
  return { nomination: saved }
}
