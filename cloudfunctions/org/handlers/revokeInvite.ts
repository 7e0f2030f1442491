// org.revokeInvite: an open (or expired) invitation stops working at once. A used or
// already revoked one cannot be revoked; a concurrent change is a CONFLICT.
import type * as z from 'zod/mini'
import type { MemberDoc, revokeInviteInput, revokeInviteOutput } from '../../../types'
import { recordChange } from '../../common/audit'
import { AppError } from '../../common/errors'
import type { CtxOf } from '../../common/policy'
import { inviteStatus, toInviteView } from '../lib/invites'

export async function revokeInvite(_input: z.infer<typeof revokeInviteInput>, ctx: CtxOf<'org.revokeInvite'>): Promise<z.infer<typeof revokeInviteOutput>> {
  const { doc: invite, org, actorName } = ctx.access
  const now = ctx.clock.now()
  const status = inviteStatus(invite, now)
  if (status === 'used') throw new AppError('CONFLICT', '这个邀请已经被使用，不能撤销')
  if (status === 'revoked') throw new AppError('CONFLICT', '这个邀请已经撤销过了')
  const changes = { revokedAt: now.toISOString(), updatedAt: now.toISOString() }
  if (!(await ctx.store.updateVersioned('invites', invite._id, invite.version, { $set: changes }))) {
    throw new AppError('CONFLICT', '这个邀请刚刚被别人处理过，请刷新后再试')
  }
  const member = await ctx.store.getById<MemberDoc>('members', invite.memberId)
  const memberName = member?.name ?? '（已删除的成员）'
  await recordChange(ctx, {
    fn: 'org',
    action: 'revokeInvite',
    orgId: org._id,
    target: { collection: 'invites', id: invite._id },
    summary: `撤销了成员 ${memberName} 的邀请`,
    changes: [{ field: 'revokedAt', before: null, after: changes.revokedAt }],
    actorName,
  })
  return { invite: toInviteView({ ...invite, ...changes }, memberName, now) }
}
