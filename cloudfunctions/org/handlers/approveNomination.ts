// org.approveNomination: the 党组织's approval is recorded before any vote (002 增替补及退出制度第十四条
// "由同级妇联组织提出建议，经同级党组织批准同意后…召开妇联执委会全体会议表决通过"): who approved, on which
// day, and the document number or a photo of the reply.
import { recordChange } from '../../common/audit'
import type { CtxOf } from '../../common/policy'
import { assertRealDates, invalid } from '../../common/invalid'
import { localDate } from '../../common/time'
import { assertVersion, updateVersioned } from '../../common/writes'
import { assertOwnDocumentPhoto } from '../lib/documentPhotos'
import { assertAt } from '../lib/nomination'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function approveNomination(input: OrgInput<'approveNomination'>, ctx: CtxOf<'org.approveNomination'>): Promise<OrgOutput<'approveNomination'>> {
  const { access } = ctx
  const nomination = access.doc
  const { approval } = input
  if (nomination.version === input.version + 1 && nomination.status === 'approved' && JSON.stringify(nomination.approval) === JSON.stringify(approval)) return { nomination }
  assertRealDates({ 'approval.on': approval.on })
  if (approval.on > localDate(ctx.clock.now())) throw invalid('approval.on', '批准日期不能晚于今天')
  if (approval.documentNo === '' && approval.photo === null) throw invalid('approval.documentNo', '请填写党组织的批复文号，或拍照上传批复')
  assertOwnDocumentPhoto(approval.photo, nomination.orgId, 'approval.photo')
  // someone else saved it first: that is the reason she is told, before what step it is at now
  assertVersion(nomination, input.version)
  assertAt(nomination, 'nominated', '登记党组织批准')
  const saved = await updateVersioned(ctx, 'nominations', nomination, input.version, { status: 'approved', approval })
  await recordChange(ctx, {
    fn: 'org',
    action: 'approveNomination',
    orgId: nomination.orgId,
    target: { collection: 'nominations', id: nomination._id },
    summary: `登记了${approval.by}对 ${nomination.candidate.name} 的批准（${approval.on}${approval.documentNo ? `，${approval.documentNo}` : ''}）`,
    actorName: access.actorName,
  })
  return { nomination: saved }
}
