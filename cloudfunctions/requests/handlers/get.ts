// requests.get: one case, for the woman who filed it (her view) or for the chair, the
// upper chair after escalation, or the assigned member (the staff view; every such
// opening is audited). Anyone else is told NOT_FOUND, and that is audited too.
import { recordRead } from '../../common/audit'
import type { CtxOf } from '../../common/policy'
import type { RequestsInput, RequestsOutput } from '../lib/types'
import { caseViewFor } from '../lib/views'

type Output = RequestsOutput<'get'>

export async function get(_input: RequestsInput<'get'>, ctx: CtxOf<'requests.get'>): Promise<Output> {
  const { doc, roles, actorName } = ctx.access
  if (!roles.includes('requester')) {
    await recordRead(ctx, { fn: 'requests', action: 'get', orgId: doc.orgId, target: { collection: 'requests', id: doc._id }, summary: `查看了求助 ${doc.code}`, actorName })
  }
  return caseViewFor(ctx, doc, roles)
}
