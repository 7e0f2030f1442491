// Loading what an org handler acts on: the target document first (a missing one is
// NOT_FOUND), then the org it belongs to, then the policy's verdict for the caller.
import type { ActivityDoc, AreaDoc, MemberDoc, OrgDoc } from '../../../types'
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'
import { authorizeForOrg } from '../../common/policy'
import type { Standing } from '../../common/staff'
import type { CollectionName, StoredDoc } from '../../common/store/port'
import type { OrgAction } from './types'

const NOT_FOUND: Partial<Record<CollectionName, string>> = {
  orgs: '没有找到这个妇联组织',
  members: '没有找到这位成员',
  areas: '没有找到这个片区',
  activities: '没有找到这项活动',
}

export async function loadDoc<T extends StoredDoc>(ctx: Ctx, collection: CollectionName, id: string): Promise<T> {
  const doc = await ctx.store.getById<T>(collection, id)
  if (!doc) throw new AppError('NOT_FOUND', NOT_FOUND[collection] ?? '没有找到这条记录')
  return doc
}

/** Who acts, as the audit log names her: the member record that gives her the right. */
export interface Access {
  org: OrgDoc
  standing: Standing
  actorName: string
}

/** Loads the org and asks the policy whether the caller may do `action` there. */
export async function accessOrg(ctx: Ctx, action: OrgAction, orgId: string): Promise<Access> {
  const org = await loadDoc<OrgDoc>(ctx, 'orgs', orgId)
  const standing = await authorizeForOrg(ctx, 'org', action, org)
  return { org, standing, actorName: standing.membership?.name ?? '居民' }
}

/** Loads a document that belongs to an org (member, area, activity), then that org's access. */
export async function accessOwned<T extends MemberDoc | AreaDoc | ActivityDoc>(
  ctx: Ctx,
  action: OrgAction,
  collection: 'members' | 'areas' | 'activities',
  id: string,
): Promise<Access & { doc: T }> {
  const doc = await loadDoc<T>(ctx, collection, id)
  return { ...(await accessOrg(ctx, action, doc.orgId)), doc }
}

/** For a save with an id: the document must exist and belong to the org named in the payload. */
export async function loadInOrg<T extends MemberDoc | AreaDoc | ActivityDoc>(ctx: Ctx, collection: 'members' | 'areas' | 'activities', id: string, orgId: string): Promise<T> {
  const doc = await loadDoc<T>(ctx, collection, id)
  if (doc.orgId !== orgId) throw new AppError('NOT_FOUND', NOT_FOUND[collection] ?? '没有找到这条记录')
  return doc
}
