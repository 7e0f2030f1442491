// A new member's term, when the federation recorded its own: she serves from the day she joins
// to the end of the federation's current term. 000 三(一): "乡镇（街道）妇女代表大会、村（社区）妇女大会或
// 妇女代表大会每五年举行一次"; "机关、事业单位、两新组织等妇联组织每届任期三至五年" — a member added
// part-way through serves out the term she joined, not a term of her own.
import { committeeRulesOf, termEndFrom, type OrgDoc } from '../../../types'

export interface MemberTerm {
  termStart: string | null
  termEnd: string | null
}

/**
 * The term of a member who joins on `joinedOn`: from that day to the federation's term end. No
 * federation term recorded, or a day outside it (a term not begun, or one already over): no dates —
 * the chair enters them, as before.
 */
export function termOfNewMember(org: Pick<OrgDoc, 'committeeRules'>, joinedOn: string): MemberTerm {
  const rules = committeeRulesOf(org)
  if (rules.termStart === null) return { termStart: null, termEnd: null }
  const termEnd = termEndFrom(rules.termStart, rules.termYears)
  if (joinedOn < rules.termStart || joinedOn > termEnd) return { termStart: null, termEnd: null }
  return { termStart: joinedOn, termEnd }
}
