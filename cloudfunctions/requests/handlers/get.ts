// requests.get: one case, for the woman who filed it (her view) or for the chair, the
// upper chair after escalation, or the assigned member (the staff view; every such
// opening is audited). Anyone else is told NOT_FOUND, and that is audited too.
import type { Ctx } from '../../common/context'
import { recordRead } from '../../common/audit'
import type { CaseRole } from '../../common/policy'
import type { RequestDoc } from '../../../types'
import { authorizeCase, eventsOf } from '../lib/access'
import type { RequestsInput, RequestsOutput } from '../lib/types'
import { requesterView, staffView } from '../lib/views'

type Output = RequestsOutput<'get'>

/** The view the caller's roles give: hers if she filed it, the staff view otherwise. */
export async function caseViewFor(ctx: Ctx, doc: RequestDoc, roles: CaseRole[]): Promise<Output> {
  const events = await eventsOf(ctx, doc._id)
  if (roles.includes('requester')) return { case: await requesterView(ctx, doc, events) }
  return { case: await staffView(ctx, doc, events, roles) }
}

export async function get(input: RequestsInput<'get'>, ctx: Ctx): Promise<Output> {
  const { doc, roles, actorName } = await authorizeCase(ctx, 'requests.get', input.caseId)
  if (!roles.includes('requester')) {
    await recordRead(ctx, { fn: 'requests', action: 'get', orgId: doc.orgId, target: { collection: 'requests', id: doc._id }, summary: `查看了求助 ${doc.code}`, actorName })
  }
  return caseViewFor(ctx, doc, roles)
}
