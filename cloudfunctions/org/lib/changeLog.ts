// How the console's writes are written down: the audit entry (who, what in Chinese,
// before/after of the changed fields) and the rebuild of the public board, so every
// save shows on the board at once.
import type { AuditDoc } from '../../../types'
import { FIELD_LABEL } from '../../../types/fieldLabels'
import { diffFields, recordChange, type FieldChange } from '../../common/audit'
import { rebuildBoard } from '../../shared/boardDocument'
import type { Ctx, OrgAccess } from '../../common/context'
import { refreshOrgPart } from './orgStats'
import type { OrgAction } from './types'

/** "电话、照片" — the changed fields, in Chinese. */
export function describeFields(changes: FieldChange[]): string {
  return changes.map((c) => FIELD_LABEL[c.field] ?? c.field).join('、')
}

export { diffFields }

export interface ChangeNote {
  action: OrgAction
  target: AuditDoc['target']
  summary: string
  changes: FieldChange[]
}

/** Audits the change under the acting member's name, then rebuilds the org's board. */
export async function recordAndPublish(ctx: Ctx, access: OrgAccess, note: ChangeNote): Promise<void> {
  await recordChange(ctx, { fn: 'org', orgId: access.org._id, actorName: access.actorName, ...note })
  await rebuildBoard(ctx.store, access.org._id, ctx.clock.now())
  await refreshOrgPart(ctx, access.org._id, ctx.clock.now())
}
