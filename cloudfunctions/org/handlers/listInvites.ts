// org.listInvites: the org's invitations, newest first, each with its status as of now
// (open, used, revoked, or expired after its 7 days). Also the invitation views the
// other invitation handlers share.
import type * as z from 'zod/mini'
import type { InviteDoc, InviteView, listInvitesInput, listInvitesOutput, MemberDoc, OrgDoc } from '../../../types'
import type { Ctx } from '../../common/context'
import { authorizeForOrg } from '../../common/policy'
import { loadDoc } from '../lib/load'

/** How many invitations the list shows: years of a federation's invitations. */
const LIST_LIMIT = 200

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

export async function listInvites(input: z.infer<typeof listInvitesInput>, ctx: Ctx): Promise<z.infer<typeof listInvitesOutput>> {
  const org = await loadDoc<OrgDoc>(ctx, 'orgs', input.orgId)
  await authorizeForOrg(ctx, 'org', 'listInvites', org)
  const invites = await ctx.store.find<InviteDoc>('invites', { orgId: org._id }, { sort: { createdAt: -1 }, limit: LIST_LIMIT })
  const members = invites.length ? await ctx.store.find<MemberDoc>('members', { orgId: org._id }, { limit: 1000 }) : []
  const names = new Map(members.map((member) => [member._id, member.name]))
  const now = ctx.clock.now()
  return { invites: invites.map((invite) => toInviteView(invite, names.get(invite.memberId) ?? '（已删除的成员）', now)) }
}
