// requests.get: one case, for the woman who filed it (her view) or for the chair, the
// upper chair after escalation, or the assigned member (the staff view). Every opening is
// audited: a staff read under the org, where the chair's 变更记录 shows it; hers under no
// org, so that when she looks at her own case is in the trail but nobody's business.
// Anyone else is told NOT_FOUND, and that is audited too.
import { recordRead } from '../../common/audit'
import type { CtxOf } from '../../common/policy'
import type { RequestsInput, RequestsOutput } from '../lib/types'
import { caseViewFor } from '../lib/views'

type Output = RequestsOutput<'get'>

export async function get(_input: RequestsInput<'get'>, ctx: CtxOf<'requests.get'>): Promise<Output> {
  const { doc, roles, actorName } = ctx.access
  const target = { collection: 'requests', id: doc._id }
  if (roles.includes('requester')) await recordRead(ctx, { fn: 'requests', action: 'get', orgId: null, target, summary: `本人查看了求助 ${doc.code}` })
  else await recordRead(ctx, { fn: 'requests', action: 'get', orgId: doc.orgId, target, summary: `查看了求助 ${doc.code}`, actorName })
  return caseViewFor(ctx, doc, roles)
}
