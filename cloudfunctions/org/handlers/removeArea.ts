// org.removeArea: a chair removes a liaison area (a building demolished, grids merged).
// It leaves the board at once; the audit keeps what it was and who covered it.
import { AppError } from '../../common/errors'
import type { CtxOf } from '../../common/policy'
import { diffFields, recordAndPublish } from '../lib/changeLog'
import type { OrgInput, OrgOutput } from '../lib/types'
import { assertVersion, CONFLICT_MESSAGE } from '../../common/writes'

export async function removeArea(input: OrgInput<'removeArea'>, ctx: CtxOf<'org.removeArea'>): Promise<OrgOutput<'removeArea'>> {
  const { access } = ctx
  const area = access.doc
  assertVersion(area, input.version)
  if ((await ctx.store.remove('areas', { _id: area._id, version: input.version })) !== 1) throw new AppError('CONFLICT', CONFLICT_MESSAGE)
  await recordAndPublish(ctx, access, {
    action: 'removeArea',
    target: { collection: 'areas', id: area._id },
    summary: `删除了片区 ${area.name}`,
    changes: diffFields(area, { name: null, kind: null, memberId: null, backupMemberId: null }, ['name', 'kind', 'memberId', 'backupMemberId']),
  })
  return { removed: true }
}
