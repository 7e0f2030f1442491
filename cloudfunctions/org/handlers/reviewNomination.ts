// org.reviewNomination: the federation's 初审 of a 自荐 (002 增替补及退出制度第十五条 "个人自荐，优秀妇女
// 群众也可向本地区妇联组织自荐，经本级妇联组织初审，报同级党组织审议通过后，提交妇联执委会表决"). Passed,
// it goes to the 党组织; not passed, it stops there, with the reason kept.
import { recordChange } from '../../common/audit'
import type { CtxOf } from '../../common/policy'
import { localDate } from '../../common/time'
import { assertVersion, updateVersioned } from '../../common/writes'
import { assertAt } from '../lib/nomination'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function reviewNomination(input: OrgInput<'reviewNomination'>, ctx: CtxOf<'org.reviewNomination'>): Promise<OrgOutput<'reviewNomination'>> {
  const { access } = ctx
  const nomination = access.doc
  const status = input.passed ? 'nominated' : 'rejected'
  if (nomination.version === input.version + 1 && nomination.status === status && nomination.review?.note === input.note) return { nomination }
  // someone else saved it first: that is the reason she is told, before what step it is at now
  assertVersion(nomination, input.version)
  assertAt(nomination, 'review', '初审')
  const review = { passed: input.passed, note: input.note, by: access.actorName, on: localDate(ctx.clock.now()) }
  const saved = await updateVersioned(ctx, 'nominations', nomination, input.version, { status, review })
  await recordChange(ctx, {
    fn: 'org',
    action: 'reviewNomination',
    orgId: nomination.orgId,
    target: { collection: 'nominations', id: nomination._id },
    summary: `初审${input.passed ? '通过' : '未通过'}：${nomination.candidate.name}的自荐${input.note ? `（${input.note}）` : ''}`,
    actorName: access.actorName,
  })
  return { nomination: saved }
}
