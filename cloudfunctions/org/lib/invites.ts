// What the invitation handlers share: an invitation's status as of now, the view the
// console shows of it, and the hash under which its code is stored (the code itself is
// shown once and never kept).
import { createHash } from 'node:crypto'
import type { InviteDoc, InviteView } from '../../../types'

export const hashInviteCode = (code: string): string => createHash('sha256').update(code).digest('hex')

/** Open, used, revoked, or expired after its 7 days. */
export function inviteStatus(invite: InviteDoc, now: Date): InviteView['status'] {
  if (invite.usedAt) return 'used'
  if (invite.revokedAt) return 'revoked'
  return Date.parse(invite.expiresAt) <= now.getTime() ? 'expired' : 'open'
}

export function toInviteView(invite: InviteDoc, memberName: string, now: Date): InviteView {
  return {
    inviteId: invite._id,
    orgId: invite.orgId,
    memberId: invite.memberId,
    memberName,
    createdAt: invite.createdAt,
    expiresAt: invite.expiresAt,
    status: inviteStatus(invite, now),
  }
}
