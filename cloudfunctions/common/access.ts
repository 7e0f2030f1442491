// Resolving what an action acts on, as its POLICY row declares it, before the handler
// runs: the org named in the payload (or the org of the member, area, topic … it names)
// with the caller's standing there, or one help request with her roles toward it. A
// missing document is NOT_FOUND; a refusal is audited and thrown exactly as the policy
// says (FORBIDDEN for an org; NOT_FOUND for a case, so case ids cannot be probed).
import type { OrgDoc, RequestDoc } from '../../types'
import { recordRefusal } from './audit'
import type { CaseAccess, Ctx, OrgAccess } from './context'
import { AppError } from './errors'
import { authorizeForOrg, caseAllows, splitKey, type AnyMemberLimit, type AnyOrgSource, type CasePolicyKey, type CaseRole, type OrgPolicyKey, type PolicyRow } from './policy'
import { caseRolesOf, caseStaffMembership, membershipsOf, type Membership } from './staff'
import type { CollectionName, Store, StoredDoc } from './store/port'

const NOT_FOUND: Partial<Record<CollectionName, string>> = {
  orgs: '没有找到这个妇联组织',
  members: '没有找到这位成员',
  areas: '没有找到这个片区',
  activities: '没有找到这项活动',
  invites: '没有找到这个邀请',
  topics: '没有找到这个议题',
  meetings: '没有找到这次议事',
}

/** What a NOT_FOUND of this collection says. */
export const notFoundMessage = (collection: CollectionName): string => NOT_FOUND[collection] ?? '没有找到这条记录'

/** The document, or NOT_FOUND. */
export async function loadDoc<T extends StoredDoc>(ctx: Ctx, collection: CollectionName, id: string): Promise<T> {
  const doc = await ctx.store.getById<T>(collection, id)
  if (!doc) throw new AppError('NOT_FOUND', notFoundMessage(collection))
  return doc
}

/** The org, or NOT_FOUND. */
export const loadOrg = (ctx: Ctx, orgId: string): Promise<OrgDoc> => loadDoc<OrgDoc>(ctx, 'orgs', orgId)

const CASE_NOT_FOUND = '没有找到这条求助'

/** How a function reads one case (the requests function rolls half-applied steps forward). */
export type CaseReader = (store: Store, caseId: string) => Promise<RequestDoc | null>

/** A payload value at a dotted path ("step.kind"). */
function valueAt(input: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, field) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[field] : undefined), input)
}

const textAt = (input: unknown, path: string): string => String(valueAt(input, path))

/** The row's key with its `by` word, if any: requests.queue → requests.queue.own. */
const keyed = (key: string, input: unknown, by: string | undefined): string => (by ? `${key}.${textAt(input, by)}` : key)

/** A plain member acting where only her own record, or some payload words, are hers. */
async function assertMemberLimit(ctx: Ctx, key: string, limit: AnyMemberLimit, input: unknown, access: OrgAccess & { doc?: StoredDoc }): Promise<void> {
  if (access.standing.role !== 'member') return
  const base = { ...splitKey(key), orgId: access.org._id, actorName: access.actorName }
  if (!('field' in limit)) {
    const doc = access.doc as StoredDoc & { name: string }
    const mine = await membershipsOf(ctx.store, ctx.caller)
    if (mine.some((m) => m.memberId === doc._id)) return
    await recordRefusal(ctx, { ...base, target: { collection: 'members', id: doc._id }, summary: `拒绝：${access.actorName} 试图修改成员 ${doc.name} 的资料` })
    throw new AppError('FORBIDDEN', limit.refusal)
  }
  if (limit.only.includes(textAt(input, limit.field))) return
  const summary = `拒绝：${key}（member ${limit.tried(input as never)}）于 ${access.org.name}`
  await recordRefusal(ctx, { ...base, target: { collection: 'orgs', id: access.org._id }, summary })
  throw new AppError('FORBIDDEN', limit.refusal)
}

/** The org the payload names, directly or through a document of that org (which must exist). */
async function ownerOf(ctx: Ctx, source: AnyOrgSource, input: unknown): Promise<{ orgId: string; doc: StoredDoc | null }> {
  if (!('owned' in source)) return { orgId: textAt(input, source.from), doc: null }
  const doc = await loadDoc<StoredDoc & { orgId: string }>(ctx, source.owned, textAt(input, source.idField))
  return { orgId: doc.orgId, doc }
}

async function orgAccess(ctx: Ctx, key: string, source: AnyOrgSource, input: unknown): Promise<OrgAccess & { doc?: StoredDoc }> {
  const { orgId, doc } = await ownerOf(ctx, source, input)
  const org = await loadOrg(ctx, orgId)
  const standing = await authorizeForOrg(ctx, keyed(key, input, source.by) as OrgPolicyKey, org)
  const access = { org, standing, actorName: standing.membership?.name ?? '居民' }
  return doc ? { ...access, doc } : access
}

async function refuseCase(ctx: Ctx, key: string, caseId: string, doc: RequestDoc | null, roles: CaseRole[], memberships: Membership[]): Promise<never> {
  await recordRefusal(ctx, {
    ...splitKey(key),
    orgId: doc?.orgId ?? null,
    target: { collection: 'requests', id: caseId },
    summary: doc ? `拒绝：${key}（${roles.join('、')}）于求助 ${doc.code}` : `拒绝：${key}（没有这条求助）`,
    ...(memberships[0] ? { actorName: memberships[0].name } : {}),
  })
  throw new AppError('NOT_FOUND', CASE_NOT_FOUND)
}

/** The case, if CASE_POLICY lets the caller's roles do `key` (e.g. "requests.act.close"); else NOT_FOUND, audited. */
async function authorizeCase(ctx: Ctx, key: CasePolicyKey, caseId: string, readCase: CaseReader): Promise<CaseAccess> {
  const memberships = await membershipsOf(ctx.store, ctx.caller)
  const doc = await readCase(ctx.store, caseId)
  if (!doc) return refuseCase(ctx, key, caseId, null, [], memberships)
  const roles = caseRolesOf(ctx.caller, doc, memberships)
  if (!caseAllows(key, roles)) return refuseCase(ctx, key, caseId, doc, roles, memberships)
  const asRequester = roles.includes('requester') && caseAllows(key, ['requester'])
  return { doc, roles, actorName: asRequester ? '' : (caseStaffMembership(doc, memberships)?.name ?? '居民') }
}

/**
 * What the action `key` acts on, loaded and allowed as its row declares (undefined when
 * it declares nothing). Runs after the payload is parsed, before the handler.
 */
export async function resolveAccess(ctx: Ctx, key: string, row: PolicyRow, input: unknown, readCase: CaseReader | undefined): Promise<OrgAccess | CaseAccess | undefined> {
  if (row.case) {
    if (!readCase) throw new Error(`${key} acts on a case, but its function reads no cases`)
    return authorizeCase(ctx, keyed(key, input, row.case.by) as CasePolicyKey, textAt(input, row.case.idField), readCase)
  }
  if (!row.org) return undefined
  const access = await orgAccess(ctx, key, row.org, input)
  if (row.member) await assertMemberLimit(ctx, key, row.member, input, access)
  return access
}
