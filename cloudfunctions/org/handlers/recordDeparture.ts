// org.recordDeparture: a member leaves (增替补及退出制度 第十一–十三条: 自行卸免, 组织劝退,
// 资格终止, or the end of her term). She leaves the board and her areas show uncovered;
// her record stays, with why and when, for the history. Recording it twice is CONFLICT.
// Her sign-ins end at once (on the local host her dev tokens stop working; WeChat has none
// to end), so she does not keep a console open on the way out.
import { DEPARTURE_REASON_LABEL } from '../../../types'
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'
import type { CtxOf } from '../../common/policy'
import { localDate } from '../../common/time'
import { diffFields, recordAndPublish } from '../lib/changeLog'
import { releaseAreas } from '../lib/coverage'
import { assertRealDates, invalid } from '../../common/invalid'
import type { OrgInput, OrgOutput } from '../lib/types'
import { toConsoleMember } from '../lib/views'
import { assertVersion, updateVersioned } from '../../common/writes'

type Input = OrgInput<'recordDeparture'>

function checkLeftOn(input: Input, ctx: Ctx): void {
  assertRealDates({ leftOn: input.leftOn })
  if (input.leftOn > localDate(ctx.clock.now())) throw invalid('leftOn', '离任日期不能晚于今天')
}

export async function recordDeparture(input: Input, ctx: CtxOf<'org.recordDeparture'>): Promise<OrgOutput<'recordDeparture'>> {
  checkLeftOn(input, ctx)
  const { access } = ctx
  const member = access.doc
  if (member.status === 'left') throw new AppError('CONFLICT', `${member.name} 的离任已经登记过了`)
  assertVersion(member, input.version)
  const departure = { reason: input.reason, leftOn: input.leftOn, note: input.note }
  const saved = await updateVersioned(ctx, 'members', member, input.version, { status: 'left', departure })
  const released = await releaseAreas(ctx, member.orgId, member._id)
  if (member.openid) await ctx.ports.signIns.end(member.openid)
  await recordAndPublish(ctx, access, {
    action: 'recordDeparture',
    target: { collection: 'members', id: member._id },
    summary: `登记了成员 ${member.name} 离任（${DEPARTURE_REASON_LABEL[input.reason]}，${input.leftOn}）`,
    changes: [...diffFields(member, saved, ['status', 'departure']), ...(released ? [released] : [])],
  })
  return { member: toConsoleMember(saved) }
}
