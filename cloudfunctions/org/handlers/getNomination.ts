// org.getNomination: one 增替补 nomination for its page, read by the chairs (the candidate's phone is on it).
import type { CtxOf } from '../../common/policy'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function getNomination(_input: OrgInput<'getNomination'>, ctx: CtxOf<'org.getNomination'>): Promise<OrgOutput<'getNomination'>> {
  return { nomination: ctx.access.doc }
}
