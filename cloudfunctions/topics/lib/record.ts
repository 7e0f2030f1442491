// Every change to a topic or meeting is audited under the acting person's name.
import type { AuditDoc } from '../../../types'
import { recordChange, type FieldChange } from '../../common/audit'
import type { Ctx } from '../../common/context'

export interface TopicNote {
  action: string
  orgId: string
  actorName: string
  target: AuditDoc['target']
  summary: string
  changes?: FieldChange[]
  /** recorded once for all deliveries of the request that made the change (AuditInput.once) */
  once?: string
}

export function audit(ctx: Ctx, note: TopicNote): Promise<void> {
  return recordChange(ctx, { fn: 'topics', ...note })
}
