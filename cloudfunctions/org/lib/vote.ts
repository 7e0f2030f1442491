// 增替补选举 at a 执委会全体会议: whether the vote may be held, and who is elected. The product
// computes the result from the counts entered; nobody types "当选". 002 第十六条:
// "每位执委以举手表决方式表达自己赞成、弃权、反对的真实意愿。参加选举的执委人数必须超过应到执委人数的
// 三分之二，方可进行选举。每位候选人获得赞成票数超过应到会执委的半数方能当选。选举时设监票员1-2名，
// 计票员1-2名，监票员在出席会议的执委中推选，经执委会审议通过。计票员由本级妇联组织指派工作人员担任。"
// Both thresholds are of 应到 (the current number of 执委), not of those present.
import { invalid } from '../../common/invalid'

/** One candidate's show of hands: every 执委 present says 赞成, 弃权 or 反对. */
export interface CandidateTally {
  candidateId: string
  name: string
  yes: number
  abstain: number
  no: number
}

export interface VoteCount {
  /** 应到: the 执委 in office when the vote is held */
  expected: number
  /** the 执委 present who take part */
  presentMemberIds: readonly string[]
  /** 监票员: 1–2, chosen among the 执委 present */
  scrutineerIds: readonly string[]
  /** 计票员: 1–2 staff of the federation, by name */
  tellers: readonly string[]
  candidates: readonly CandidateTally[]
}

export interface CandidateResult {
  candidateId: string
  name: string
  elected: boolean
  /** e.g. 「赞成 8 票，超过应到 15 人的半数，当选」 */
  reason: string
}

export interface VoteResult {
  /** more than two thirds of 应到 took part, so the vote counts */
  quorate: boolean
  /** the fewest present, and the fewest 赞成, the rule asks for with this 应到 */
  minimumPresent: number
  minimumYes: number
  reason: string
  candidates: CandidateResult[]
}

const isCount = (n: number): boolean => Number.isInteger(n) && n >= 0

/** "超过应到执委人数的三分之二": present × 3 > 应到 × 2, in whole numbers so no rounding can slip. */
export const quorumMet = (present: number, expected: number): boolean => present * 3 > expected * 2

/** "赞成票数超过应到会执委的半数": 赞成 × 2 > 应到. */
export const majorityOfExpected = (yes: number, expected: number): boolean => yes * 2 > expected

/** The smallest whole number n with test(n), searching 0…limit+1. */
function smallest(limit: number, test: (n: number) => boolean): number {
  let n = 0
  while (n <= limit && !test(n)) n += 1
  return n
}

/** Refuses counts that cannot be true, naming the field; nothing is computed from them. */
function checkCounts(count: VoteCount): void {
  const { expected, presentMemberIds, scrutineerIds, tellers, candidates } = count
  if (!isCount(expected) || expected < 1) throw invalid('expected', '应到人数至少为1')
  if (new Set(presentMemberIds).size !== presentMemberIds.length) throw invalid('presentMemberIds', '同一位执委记了两次')
  if (presentMemberIds.length > expected) throw invalid('presentMemberIds', `出席人数（${presentMemberIds.length}）不能多于应到人数（${expected}）`)
  if (scrutineerIds.length < 1 || scrutineerIds.length > 2) throw invalid('scrutineerIds', '监票员应为1至2名')
  if (scrutineerIds.some((id) => !presentMemberIds.includes(id))) throw invalid('scrutineerIds', '监票员要从出席会议的执委中推选')
  if (tellers.length < 1 || tellers.length > 2 || tellers.some((name) => name.trim() === '')) throw invalid('tellers', '计票员应为1至2名本级妇联工作人员')
  if (candidates.length === 0) throw invalid('tallies', '至少要有一位候选人')
  candidates.forEach((c, i) => {
    for (const field of ['yes', 'abstain', 'no'] as const) {
      if (!isCount(c[field])) throw invalid(`tallies.${i}.${field}`, `${c.name}的票数要是0或正整数`)
    }
    const total = c.yes + c.abstain + c.no
    // "每位执委以举手表决方式表达自己赞成、弃权、反对的真实意愿": every 执委 present is counted once
    if (total !== presentMemberIds.length) {
      throw invalid(`tallies.${i}.yes`, `${c.name}的赞成、弃权、反对合计 ${total} 票，应等于出席的 ${presentMemberIds.length} 人`)
    }
  })
}

/** The result of one 增替补 vote, from the counts; INVALID_INPUT naming the field when they cannot be true. */
export function countVote(count: VoteCount): VoteResult {
  checkCounts(count)
  const { expected } = count
  const present = count.presentMemberIds.length
  const minimumPresent = smallest(expected, (n) => quorumMet(n, expected))
  const minimumYes = smallest(expected, (n) => majorityOfExpected(n, expected))
  const quorate = quorumMet(present, expected)
  const reason = quorate
    ? `应到 ${expected} 人，出席 ${present} 人，超过三分之二，选举有效`
    : `应到 ${expected} 人，出席 ${present} 人，未超过三分之二（至少要 ${minimumPresent} 人），不能进行选举`
  const candidates = count.candidates.map((c): CandidateResult => {
    if (!quorate) return { candidateId: c.candidateId, name: c.name, elected: false, reason: '出席人数不足，未进行选举' }
    const elected = majorityOfExpected(c.yes, expected)
    const verdict = elected ? '超过' : '未超过'
    return { candidateId: c.candidateId, name: c.name, elected, reason: `赞成 ${c.yes} 票，${verdict}应到 ${expected} 人的半数，${elected ? '当选' : '未当选'}` }
  })
  return { quorate, minimumPresent, minimumYes, reason, candidates }
}
