// Loading a document a save names by id inside the org dispatch already resolved and
// allowed (POLICY in common/policy.ts): it must exist and belong to that org, or the
// answer is NOT_FOUND — never another org's record.
import type { ActivityDoc, AreaDoc, MemberDoc } from '../../../types'
import { loadDoc, notFoundMessage } from '../../common/access'
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'

/** For a save with an id: the document must exist and belong to the org named in the payload. */
export async function loadInOrg<T extends MemberDoc | AreaDoc | ActivityDoc>(ctx: Ctx, collection: 'members' | 'areas' | 'activities', id: string, orgId: string): Promise<T> {
  const doc = await loadDoc<T>(ctx, collection, id)
  if (doc.orgId !== orgId) throw new AppError('NOT_FOUND', notFoundMessage(collection))
  return doc
}
