// org.updateMyProfile: a bound member keeps her own contact details true (phone, photo,
// specialty). A plain member may edit only her own record; the chairs of her org and of
// the orgs above may edit anyone's. Any other attempt is refused and audited.
import type { MemberDoc } from '../../../types'
import { recordRefusal } from '../../common/audit'
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'
import { membershipsOf } from '../../common/staff'
import { describeFields, diffFields, recordAndPublish } from '../lib/changeLog'
import { accessOwned, type Access } from '../lib/load'
import type { OrgInput, OrgOutput } from '../lib/types'
import { toConsoleMember } from '../lib/views'
import { assertVersion, updateVersioned } from '../../common/writes'

const PROFILE_FIELDS = ['phone', 'photoUrl', 'specialty'] as const

/** A `member` standing gives the right to her own record only. */
async function assertOwnRecord(ctx: Ctx, access: Access, member: MemberDoc): Promise<void> {
  if (access.standing.role !== 'member') return
  const mine = await membershipsOf(ctx.store, ctx.caller)
  if (mine.some((m) => m.memberId === member._id)) return
  await recordRefusal(ctx, {
    fn: 'org',
    action: 'updateMyProfile',
    orgId: access.org._id,
    target: { collection: 'members', id: member._id },
    summary: `拒绝：${access.actorName} 试图修改成员 ${member.name} 的资料`,
    actorName: access.actorName,
  })
  throw new AppError('FORBIDDEN', '只能修改自己的资料')
}

export async function updateMyProfile(input: OrgInput<'updateMyProfile'>, ctx: Ctx): Promise<OrgOutput<'updateMyProfile'>> {
  const access = await accessOwned<MemberDoc>(ctx, 'updateMyProfile', 'members', input.memberId)
  const member = access.doc
  await assertOwnRecord(ctx, access, member)
  assertVersion(member, input.version)
  const changes = diffFields(member, { ...member, ...input.fields }, PROFILE_FIELDS)
  if (changes.length === 0) return { member: toConsoleMember(member) }
  const saved = await updateVersioned(ctx, 'members', member, input.version, input.fields)
  const own = access.standing.membership?.memberId === member._id
  await recordAndPublish(ctx, access, {
    action: 'updateMyProfile',
    target: { collection: 'members', id: member._id },
    summary: own ? `修改了自己的${describeFields(changes)}` : `修改了成员 ${member.name} 的${describeFields(changes)}`,
    changes,
  })
  return { member: toConsoleMember(saved) }
}
