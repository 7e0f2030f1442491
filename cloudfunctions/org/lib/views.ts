// What the console may see of stored documents: never a member's openid (only whether
// she is bound), never the org's search grams or ancestor list.
import type { ConsoleMember, MemberDoc, OrgDoc, OrgSummary } from '../../../types'
import type { OrgOutput } from './types'

export function toConsoleMember(member: MemberDoc): ConsoleMember {
  const { openid, ...rest } = member
  return { ...rest, bound: openid !== null }
}

export function toConsoleOrg(org: OrgDoc): OrgOutput<'updateOrg'>['org'] {
  const { nameGrams: _grams, ancestorIds: _ancestors, ...rest } = org
  return rest
}

export function toSummary(org: OrgDoc): OrgSummary {
  return { orgId: org._id, code: org.code, name: org.name, level: org.level }
}
