// org.listNominations: the federation's 增替补 nominations, newest first, for its chairs.
import type { NominationDoc } from '../../../types'
import { page } from '../../common/paging'
import type { CtxOf } from '../../common/policy'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function listNominations(input: OrgInput<'listNominations'>, ctx: CtxOf<'org.listNominations'>): Promise<OrgOutput<'listNominations'>> {
  return page<NominationDoc>(ctx, { collection: 'nominations', filter: { orgId: ctx.access.org._id }, field: 'createdAt', cursor: input.cursor, limit: input.limit })
}
