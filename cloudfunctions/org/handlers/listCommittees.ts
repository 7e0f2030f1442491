// org.listCommittees: the federation's 执委会, newest first, paged by the common cursor.
import type { CommitteeMeetingDoc } from '../../../types'
import { page } from '../../common/paging'
import type { CtxOf } from '../../common/policy'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function listCommittees(input: OrgInput<'listCommittees'>, ctx: CtxOf<'org.listCommittees'>): Promise<OrgOutput<'listCommittees'>> {
  return page<CommitteeMeetingDoc>(ctx, { collection: 'committee_meetings', filter: { orgId: ctx.access.org._id }, field: 'startsAt', cursor: input.cursor, limit: input.limit })
}
