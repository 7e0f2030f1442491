// Every change to a case is audited under the acting person's name, with the case
// code only: no audit summary ever carries her details or any free text.
import type { AuditDoc } from '../../../types'
import { recordChange, type FieldChange } from '../../common/audit'
import type { Ctx } from '../../common/context'

export interface CaseNote {
  action: string
  orgId: string | null
  actorName: string
  caseId: string
  summary: string
  changes?: FieldChange[]
  /** recorded once for all deliveries of the request that made the change (AuditInput.once) */
  once?: string
}

const target = (caseId: string): AuditDoc['target'] => ({ collection: 'requests', id: caseId })

export function audit(ctx: Ctx, note: CaseNote): Promise<void> {
  const { caseId, actorName, ...rest } = note
  return recordChange(ctx, { fn: 'requests', ...rest, target: target(caseId), actorName: actorName || '居民' })
}
