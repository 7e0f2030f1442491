// org.listInvites: the org's invitations, newest first, each with its status as of now
// (open, used, revoked, or expired after its 7 days).
import type * as z from 'zod/mini'
import type { InviteDoc, listInvitesInput, listInvitesOutput, MemberDoc } from '../../../types'
import type { CtxOf } from '../../common/policy'
import { toInviteView } from '../lib/invites'

/** How many invitations the list shows: years of a federation's invitations. */
const LIST_LIMIT = 200

export async function listInvites(_input: z.infer<typeof listInvitesInput>, ctx: CtxOf<'org.listInvites'>): Promise<z.infer<typeof listInvitesOutput>> {
  const { org } = ctx.access
  const invites = await ctx.store.find<InviteDoc>('invites', { orgId: org._id }, { sort: { createdAt: -1 }, limit: LIST_LIMIT })
  const members = invites.length ? await ctx.store.find<MemberDoc>('members', { orgId: org._id }, { limit: 1000 }) : []
  const names = new Map(members.map((member) => [member._id, member.name]))
  const now = ctx.clock.now()
  return { invites: invites.map((invite) => toInviteView(invite, names.get(invite.memberId) ?? '（已删除的成员）', now)) }
}
