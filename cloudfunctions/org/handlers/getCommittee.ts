// org.getCommittee: one 执委会 for its page; its members read it as they read the list.
import type { CtxOf } from '../../common/policy'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function getCommittee(_input: OrgInput<'getCommittee'>, ctx: CtxOf<'org.getCommittee'>): Promise<OrgOutput<'getCommittee'>> {
  return { meeting: ctx.access.doc }
}
