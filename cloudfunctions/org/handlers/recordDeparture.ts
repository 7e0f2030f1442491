// org.recordDeparture: a member leaves (增替补及退出制度 第十一–十三条: 自行卸免, 组织劝退,
// 资格终止, or the end of her term). She leaves the board and her areas show uncovered;
// her record stays, with why and when, for the history. Recording it twice is CONFLICT.
// Her sign-ins end at once (on the local host her dev tokens stop working; WeChat has none
// to end), so she does not keep a console open on the way out.
import { DEPARTURE_REASON_LABEL, type DepartureReason } from '../../../types'
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'
import type { CtxOf } from '../../common/policy'
import { localDate } from '../../common/time'
import { diffFields, recordAndPublish } from '../lib/changeLog'
import { releaseAreas } from '../lib/coverage'
import { assertOwnDocumentPhoto } from '../lib/documentPhotos'
import { assertRealDates, invalid } from '../../common/invalid'
import type { OrgInput, OrgOutput } from '../lib/types'
import { toConsoleMember } from '../lib/views'
import { assertVersion, updateVersioned } from '../../common/writes'

type Input = OrgInput<'recordDeparture'>

function checkLeftOn(input: Input, ctx: Ctx): void {
  assertRealDates({ leftOn: input.leftOn })
  if (input.leftOn > localDate(ctx.clock.now())) throw invalid('leftOn', '离任日期不能晚于今天')
}

/** The reasons that wait for the 党组织: 劝退 (第十二条, by 第十四条) and 终止 (第十三条, by 第十七条). */
const NEEDS_APPROVAL: readonly DepartureReason[] = ['persuaded', 'terminated']

/**
 * 002 增替补及退出制度第十四条 "执委的卸免、终止事项由同级妇联组织提出建议，经同级党组织批准同意后"; 第十七条
 * "妇联执委资格终止，经同级党组织批准同意后则立即终止，在本级执委会上向执委进行通报". A 劝退 or 终止 carries
 * who approved it, when, and the document number or a photo of the reply; the approval is no later
 * than the day she leaves.
 */
function checkApproval(input: Input): void {
  const { approval } = input
  if (!NEEDS_APPROVAL.includes(input.reason)) {
    if (approval) throw invalid('approval', `${DEPARTURE_REASON_LABEL[input.reason]}不用登记党组织批准`)
    return
  }
  if (!approval) throw invalid('approval', `${DEPARTURE_REASON_LABEL[input.reason]}要先经同级党组织批准：请填写批准的党组织、日期和批复文号`)
  assertRealDates({ 'approval.on': approval.on })
  if (approval.on > input.leftOn) throw invalid('approval.on', '党组织批准的日期不能晚于离任日期')
  if (approval.documentNo === '' && approval.photo === null) throw invalid('approval.documentNo', '请填写党组织的批复文号，或拍照上传批复')
}

export async function recordDeparture(input: Input, ctx: CtxOf<'org.recordDeparture'>): Promise<OrgOutput<'recordDeparture'>> {
  checkLeftOn(input, ctx)
  checkApproval(input)
  const { access } = ctx
  const member = access.doc
  if (member.status === 'left') throw new AppError('CONFLICT', `${member.name} 的离任已经登记过了`)
  assertOwnDocumentPhoto(input.approval?.photo ?? null, member.orgId, 'approval.photo')
  assertVersion(member, input.version)
  const departure = { reason: input.reason, leftOn: input.leftOn, note: input.note, approval: input.approval ?? null }
  const saved = await updateVersioned(ctx, 'members', member, input.version, { status: 'left', departure })
  const released = await releaseAreas(ctx, member.orgId, member._id)
  if (member.openid) await ctx.ports.signIns.end(member.openid)
  await recordAndPublish(ctx, access, {
    action: 'recordDeparture',
    target: { collection: 'members', id: member._id },
    summary: `登记了成员 ${member.name} 离任（${DEPARTURE_REASON_LABEL[input.reason]}，${input.leftOn}${input.approval ? `，${input.approval.by}批准` : ''}）`,
    changes: [...diffFields(member, saved, ['status', 'departure']), ...(released ? [released] : [])],
  })
  return { member: toConsoleMember(saved) }
}
