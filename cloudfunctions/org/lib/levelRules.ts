// How many people each level must have, as its own seed says: a 乡镇（街道）or 村（社区）
// federation (重庆 增替补及退出制度 第三–五条), a 安置点 federation (柳州 通知 一(七)), a “四新”
// federation (重庆 “四新”指导意见 二(四)) and a 妇女小组 (the same two). A 区县 federation is
// not 基层 and no seed sizes a 妇女微家, so neither gets a count rule.
import type { MemberDoc, OrgDoc, RuleWarning } from '../../../types'
import { citing } from './seedRules'

/** One rule check: passed or not. The completeness score is passed / all. */
export interface Tally {
  checks: number
  passed: number
}

type Level = OrgDoc['level']
type Staffed = Pick<MemberDoc, 'post'>

/** Counts a check; a failing one adds its warning unless `shown` is false (already said by a harder rule). */
function checker(tally: Tally, warnings: RuleWarning[]) {
  return (ok: boolean, warning: () => RuleWarning, shown = true) => {
    tally.checks += 1
    if (ok) tally.passed += 1
    else if (shown) warnings.push(warning())
  }
}

const count = (people: Staffed[], post: MemberDoc['post']) => people.filter((m) => m.post === post).length

/** 重庆 增替补及退出制度 第三–五条: 乡镇（街道）、村（社区）妇联执委. */
function townshipOrVillage(level: Level, executives: number, check: ReturnType<typeof checker>): void {
  // 第四条: "妇联执委数量可适当减少，但不得低于5人"
  check(executives >= 5, () => citing('countMin', { kind: 'tooFewMembers', message: `执委只有 ${executives} 人，不得少于 5 人` }))
  // 第五条: "妇联执委数量可适当增加，但不得多于29人"
  check(executives <= 29, () => citing('countMax', { kind: 'tooManyMembers', message: `执委有 ${executives} 人，不得多于 29 人` }))
  // 第三条: "原则上乡镇（街道）妇联执委不少于25 人，村（社区）妇联执委10—15人" — not repeated
  // when a hard limit above already fails, but still counted against the score
  const township = level === 'street' || level === 'township'
  const inNorm = township ? executives >= 25 && executives <= 29 : executives >= 10 && executives <= 15
  const norm = township ? '乡镇（街道）妇联执委原则上不少于 25 人' : '村（社区）妇联执委原则上 10—15 人'
  check(inNorm, () => citing('countNorm', { kind: 'memberCountOutsideNorm', message: `${norm}，现有 ${executives} 人` }), executives >= 5 && executives <= 29)
}

/** 柳州 通知 一(七): "安置点妇联设执委会（执委不少于11人），主席1人、副主席若干人（含专兼职且不少于5人）". */
function resettlement(executives: number, viceChairs: number, check: ReturnType<typeof checker>): void {
  check(executives >= 11, () => citing('resettlementTeam', { kind: 'tooFewMembers', message: `安置点妇联执委只有 ${executives} 人，不得少于 11 人` }))
  // 第五条's ceiling speaks of every 基层妇联: "妇联执委数量可适当增加，但不得多于29人"
  check(executives <= 29, () => citing('countMax', { kind: 'tooManyMembers', message: `执委有 ${executives} 人，不得多于 29 人` }))
  check(viceChairs >= 5, () => citing('resettlementTeam', { kind: 'tooFewViceChairs', message: `安置点妇联副主席只有 ${viceChairs} 人，应不少于 5 人（含专职和兼职）` }))
}

/** 重庆 “四新”指导意见 二(四): "“四新”妇联组织推选主席1名，副主席2-3名，根据工作需要推选执委若干名". */
function newSector(viceChairs: number, check: ReturnType<typeof checker>): void {
  const ok = viceChairs >= 2 && viceChairs <= 3
  check(ok, () => citing('newSectorLeads', { kind: 'viceChairsOutsideRange', message: `“四新”妇联组织副主席应为 2—3 名，现有 ${viceChairs} 名` }))
}

/**
 * A 妇女小组: 重庆 “四新”指导意见 二(四) "妇女小组固定成员不少于3人，并推选小组长1名" and 柳州 通知
 * 一(七) "妇女小组设小组长1名，组员3-5名". Its people are 小组长 and 组员; 巾帼志愿者 help
 * but are not its fixed members.
 */
function group(people: Staffed[], check: ReturnType<typeof checker>): void {
  const leaders = count(people, 'groupLeader')
  const members = count(people, 'groupMember')
  const fixed = leaders + members
  check(leaders === 1, () =>
    citing('groupFixed', { kind: 'groupLeaderCount', message: leaders === 0 ? '妇女小组还没有小组长，请推选小组长 1 名' : `妇女小组有 ${leaders} 位小组长，只能有 1 名` }),
  )
  check(fixed >= 3, () => citing('groupFixed', { kind: 'groupTooSmall', message: `妇女小组固定成员（小组长和组员）只有 ${fixed} 人，不少于 3 人` }))
  const inRange = members >= 3 && members <= 5
  check(inRange, () => citing('groupSize', { kind: 'groupMembersOutsideRange', message: `妇女小组组员应为 3—5 名，现有 ${members} 名` }), fixed >= 3)
}

/** The count warnings of one body, by its level; `people` are its active members. */
export function levelWarnings(level: Level, people: Staffed[], tally: Tally): RuleWarning[] {
  const warnings: RuleWarning[] = []
  const check = checker(tally, warnings)
  const executives = people.filter((m) => m.post !== 'volunteer').length
  const viceChairs = count(people, 'viceChair')
  if (level === 'street' || level === 'township' || level === 'community' || level === 'village') townshipOrVillage(level, executives, check)
  else if (level === 'resettlement') resettlement(executives, viceChairs, check)
  else if (level === 'newSector') newSector(viceChairs, check)
  else if (level === 'group') group(people, check)
  return warnings
}
