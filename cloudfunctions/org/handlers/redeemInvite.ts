// org.redeemInvite: a signed-in caller turns an invitation code into her member
// record's WeChat binding. Codes are single use; a wrong, expired, revoked or used code
// gets one answer that does not say which, and counts against 5 failures an hour (POLICY:
// each attempt takes a slot first; dispatch gives it back unless the code was wrong).
import type * as z from 'zod/mini'
import type { InviteDoc, MemberDoc, OrgDoc, redeemInviteInput, redeemInviteOutput } from '../../../types'
import { recordChange } from '../../common/audit'
import { rebuildBoard } from '../../shared/boardDocument'
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'
import type { CtxOf } from '../../common/policy'
import { hashInviteCode, inviteStatus } from '../lib/invites'

type Output = z.infer<typeof redeemInviteOutput>

const INVALID_CODE = '邀请码无效或已失效，请向妇联主席索取新的邀请'

const resultOf = (org: OrgDoc, member: MemberDoc): Output => ({
  org: { orgId: org._id, code: org.code, name: org.name, level: org.level },
  memberId: member._id,
  name: member.name,
  post: member.post,
})

async function loadTarget(ctx: Ctx, invite: InviteDoc): Promise<{ org: OrgDoc; member: MemberDoc }> {
  const [org, member] = await Promise.all([ctx.store.getById<OrgDoc>('orgs', invite.orgId), ctx.store.getById<MemberDoc>('members', invite.memberId)])
  if (!org || !member || member.orgId !== org._id || member.status !== 'active') {
    throw new AppError('CONFLICT', '这个邀请对应的成员已不在任，请向妇联主席索取新的邀请')
  }
  return { org, member }
}

async function assertBindable(ctx: Ctx, org: OrgDoc, member: MemberDoc, openid: string): Promise<void> {
  if (member.openid) throw new AppError('CONFLICT', '这位成员已经绑定了微信')
  const [mine] = await ctx.store.find<MemberDoc>('members', { orgId: org._id, openid, status: 'active' }, { limit: 1 })
  if (mine) throw new AppError('CONFLICT', `您的微信已经绑定了本妇联的成员「${mine.name}」`)
}

/** Claims the invitation, then binds the member; if the member changed meanwhile, the claim is released. */
async function bind(ctx: Ctx, invite: InviteDoc, member: MemberDoc, openid: string, now: string): Promise<void> {
  if (!(await ctx.store.updateVersioned('invites', invite._id, invite.version, { $set: { usedAt: now, usedBy: openid, updatedAt: now } }))) {
    throw new AppError('CONFLICT', '这个邀请刚刚被使用了，请向妇联主席索取新的邀请')
  }
  if (await ctx.store.updateVersioned('members', member._id, member.version, { $set: { openid, updatedAt: now } })) return
  await ctx.store.updateVersioned('invites', invite._id, invite.version + 1, { $set: { usedAt: null, usedBy: null, updatedAt: now } })
  throw new AppError('CONFLICT', '这位成员的资料刚刚被修改，请重新打开邀请再试')
}

export async function redeemInvite(input: z.infer<typeof redeemInviteInput>, ctx: CtxOf<'org.redeemInvite'>): Promise<Output> {
  const openid = ctx.caller.openid
  if (!openid) throw new AppError('UNAUTHENTICATED', '请先登录')
  const now = ctx.clock.now()
  await ctx.limit.take()
  const [invite] = await ctx.store.find<InviteDoc>('invites', { codeHash: hashInviteCode(input.code) }, { limit: 1 })
  const status = invite ? inviteStatus(invite, now) : null
  if (invite && status === 'used' && invite.usedBy === openid) {
    // her own earlier redemption, retried: the same answer, no second change
    const { org, member } = await loadTarget(ctx, invite)
    if (member.openid === openid) return resultOf(org, member)
  }
  if (!invite || status !== 'open') throw new AppError('NOT_FOUND', INVALID_CODE)
  const { org, member } = await loadTarget(ctx, invite)
  await assertBindable(ctx, org, member, openid)
  await bind(ctx, invite, member, openid, now.toISOString())
  await recordChange(ctx, {
    fn: 'org',
    action: 'redeemInvite',
    orgId: org._id,
    target: { collection: 'members', id: member._id },
    summary: `${member.name} 通过邀请绑定了微信`,
    changes: [{ field: 'bound', before: false, after: true }],
    actorName: member.name,
  })
  await rebuildBoard(ctx.store, org._id, now)
  return resultOf(org, member)
}
