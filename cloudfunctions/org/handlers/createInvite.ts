// org.createInvite: a one-time invitation that binds a member's WeChat to her record.
// The code is 12 symbols of a 32-letter alphabet drawn with crypto.randomInt (60 bits:
// not guessable within the redemption rate limit); only its sha256 is stored, so the
// code is shown once. It expires after 7 days and can be revoked.
import { createHash, randomInt, randomUUID } from 'node:crypto'
import type * as z from 'zod/mini'
import type { createInviteInput, createInviteOutput, InviteDoc, MemberDoc, OrgDoc } from '../../../types'
import { redeemPath } from '../../../types/routes'
import { recordChange } from '../../common/audit'
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'
import type { CtxOf } from '../../common/policy'
import { hashInviteCode, inviteStatus, toInviteView } from '../lib/invites'

type Output = z.infer<typeof createInviteOutput>

const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000
/** INVITE_CODE_PATTERN's alphabet: no 0/O or 1/I, which are misread when typed. */
export const INVITE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
const CODE_LENGTH = 12

function newInviteCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)]).join('')
}

function assertInvitable(member: MemberDoc, org: OrgDoc): void {
  if (member.orgId !== org._id) throw new AppError('CONFLICT', '这位成员不属于这个妇联')
  if (member.status !== 'active') throw new AppError('CONFLICT', '这位成员已离任，不能邀请')
  if (member.openid) throw new AppError('CONFLICT', '这位成员已经绑定了微信，不需要再邀请')
}

/** A retried call (same requestId) lands on the same invitation id. */
function inviteIdFor(input: z.infer<typeof createInviteInput>, requestId: string | null): string {
  if (!requestId) return `inv-${randomUUID().replace(/-/g, '')}`
  return `inv-${createHash('sha256').update(`${input.orgId}/${input.memberId}/${requestId}`).digest('hex').slice(0, 32)}`
}

const isConflict = (error: unknown) => error instanceof AppError && error.code === 'CONFLICT'

/**
 * A retry of a create whose reply was lost. The first code cannot be recovered from its
 * hash, and deriving codes from the requestId would make them only as secret as a
 * server key; so the one invitation gets a fresh code and the first one (never shown)
 * stops working. One invitation, one working code, no secret to keep.
 */
async function reissue(ctx: Ctx, inviteId: string, member: MemberDoc, actorName: string): Promise<Output> {
  const existing = await ctx.store.getById<InviteDoc>('invites', inviteId)
  const now = ctx.clock.now()
  if (!existing || existing.memberId !== member._id || inviteStatus(existing, now) !== 'open') {
    throw new AppError('CONFLICT', '这个邀请已经处理过了，请刷新邀请列表查看')
  }
  const code = newInviteCode()
  const changes = { codeHash: hashInviteCode(code), updatedAt: now.toISOString() }
  if (!(await ctx.store.updateVersioned('invites', inviteId, existing.version, { $set: changes }))) {
    throw new AppError('CONFLICT', '这个邀请刚刚被别人处理过，请刷新后再试')
  }
  const summary = `重新生成了成员 ${member.name} 的邀请码`
  await recordChange(ctx, { fn: 'org', action: 'createInvite', orgId: existing.orgId, target: { collection: 'invites', id: inviteId }, summary, actorName })
  return { invite: toInviteView({ ...existing, ...changes }, member.name, now), code, path: redeemPath(code) }
}

export async function createInvite(input: z.infer<typeof createInviteInput>, ctx: CtxOf<'org.createInvite'>): Promise<Output> {
  const { org, actorName } = ctx.access
  const member = await ctx.store.getById<MemberDoc>('members', input.memberId)
  if (!member) throw new AppError('NOT_FOUND', '没有找到这位成员')
  assertInvitable(member, org)
  const now = ctx.clock.now()
  const code = newInviteCode()
  const invite: InviteDoc = {
    _id: inviteIdFor(input, ctx.requestId),
    version: 1,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    orgId: org._id,
    memberId: member._id,
    codeHash: hashInviteCode(code),
    createdBy: ctx.caller.openid ?? '',
    expiresAt: new Date(now.getTime() + INVITE_TTL_MS).toISOString(),
    usedAt: null,
    usedBy: null,
    revokedAt: null,
  }
  try {
    await ctx.store.insert('invites', invite)
  } catch (error) {
    if (isConflict(error) && ctx.requestId) return reissue(ctx, invite._id, member, actorName)
    throw error
  }
  const summary = `为成员 ${member.name} 生成了邀请（7 天内有效）`
  await recordChange(ctx, { fn: 'org', action: 'createInvite', orgId: org._id, target: { collection: 'invites', id: invite._id }, summary, actorName })
  return { invite: toInviteView(invite, member.name, now), code, path: redeemPath(code) }
}
