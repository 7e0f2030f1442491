// org.updateMyProfile: a bound member keeps her own contact details true (phone, photo,
// specialty). A plain member may edit only her own record; the chairs of her org and of
// the orgs above may edit anyone's (POLICY's own-record rule, enforced by dispatch).
import type { CtxOf } from '../../common/policy'
import { describeFields, diffFields, recordAndPublish } from '../lib/changeLog'
import type { OrgInput, OrgOutput } from '../lib/types'
import { toConsoleMember } from '../lib/views'
import { checkPhoneChoice } from '../lib/phoneChoice'
import { assertVersion, updateVersioned } from '../../common/writes'

const PROFILE_FIELDS = ['phone', 'officePhone', 'phoneShown', 'photoUrl', 'specialty'] as const

export async function updateMyProfile(input: OrgInput<'updateMyProfile'>, ctx: CtxOf<'org.updateMyProfile'>): Promise<OrgOutput<'updateMyProfile'>> {
  const { access } = ctx
  const member = access.doc
  assertVersion(member, input.version)
  checkPhoneChoice({ ...member, ...input.fields })
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
