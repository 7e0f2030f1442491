// 述职评议's rules, pure: the one-time codes of a round, a round's tally, a member's yearly
// result, the 劝退 proposal after two years 不合格 and the 优秀执委 shortlist. Handlers read and
// write; the decisions are here so tests can hold them to the seeds.
import { createHash, createHmac } from 'node:crypto'
import {
  APPRAISAL_CODE_ALPHABET,
  APPRAISAL_CODE_LENGTH,
  failsAppraisal,
  type AppraisalHalf,
  type AppraisalResultRow,
  type AppraisalRoundDoc,
  type AppraisalVerdict,
  type FailShare,
  type GradeCounts,
} from '../../../types'

/** Code `ordinal` of a round, derived from its key: the store keeps only the hashes. */
export function appraisalCodeAt(key: string, ordinal: number): string {
  const digest = createHmac('sha256', key).update(`code:${ordinal}`).digest()
  let code = ''
  for (let i = 0; i < APPRAISAL_CODE_LENGTH; i++) code += APPRAISAL_CODE_ALPHABET[digest[i]! % APPRAISAL_CODE_ALPHABET.length]
  return code
}

export const hashAppraisalCode = (roundId: string, code: string): string => createHash('sha256').update(`${roundId}\u0000${code}`).digest('hex')

/** The round's codes in the order the chair shows them. */
export function appraisalCodes(key: string, count: number): string[] {
  const codes: string[] = []
  // a repeat (40 bits: next to never) would let one code vote twice: the next ordinal is taken instead
  for (let ordinal = 0; codes.length < count; ordinal++) {
    const code = appraisalCodeAt(key, ordinal)
    if (!codes.includes(code)) codes.push(code)
  }
  return codes
}

/** 上半年 (January–June) or 下半年, from the month in Beijing. */
export const halfOfMonth = (month: number): AppraisalHalf => (month <= 6 ? 'first' : 'second')

export const noGrades = (): GradeCounts => ({ satisfied: 0, fair: 0, dissatisfied: 0 })

/** Each member's counts over the ballots, in the round's order of members. */
export function tallyBallots(memberIds: readonly string[], ballots: readonly { ratings: readonly { memberId: string; grade: keyof GradeCounts }[] }[]): AppraisalRoundDoc['tally'] {
  const counts = new Map(memberIds.map((memberId) => [memberId, noGrades()]))
  for (const ballot of ballots) {
    for (const rating of ballot.ratings) {
      const row = counts.get(rating.memberId)
      if (row) row[rating.grade] += 1
    }
  }
  return memberIds.map((memberId) => ({ memberId, ...counts.get(memberId)! }))
}

/**
 * Her result for the year: 不合格 when 不满意 is more than the federation's share of her ratings
 * (the default: above one third; exactly one third is 合格), 未评议 when nobody rated her.
 * 002 增替补及退出制度第十二条 "在年度述职评议中连续两年不合格" is what the result feeds.
 */
export function verdictOf(counts: GradeCounts, share: FailShare): AppraisalVerdict {
  const total = counts.satisfied + counts.fair + counts.dissatisfied
  if (total === 0) return 'none'
  return failsAppraisal(counts.dissatisfied, total, share) ? 'fail' : 'pass'
}

/** Each member's counts over a year's closed rounds. */
export function yearlyCounts(rounds: readonly Pick<AppraisalRoundDoc, 'tally'>[]): Map<string, GradeCounts> {
  const sums = new Map<string, GradeCounts>()
  for (const round of rounds) {
    for (const { memberId, satisfied, fair, dissatisfied } of round.tally) {
      const sum = sums.get(memberId) ?? noGrades()
      sums.set(memberId, { satisfied: sum.satisfied + satisfied, fair: sum.fair + fair, dissatisfied: sum.dissatisfied + dissatisfied })
    }
  }
  return sums
}

type Person = { _id: string; name: string; post: string }

/** The result rows of `people` for one year; comments by member id. */
export function resultRows(people: readonly Person[], counts: ReadonlyMap<string, GradeCounts>, share: FailShare, comments: ReadonlyMap<string, string[]>): AppraisalResultRow[] {
  return people.map((person) => {
    const c = counts.get(person._id) ?? noGrades()
    return {
      memberId: person._id,
      name: person.name,
      post: person.post,
      ...c,
      total: c.satisfied + c.fair + c.dissatisfied,
      verdict: verdictOf(c, share),
      comments: comments.get(person._id) ?? [],
    }
  })
}

/**
 * 优秀执委推荐名单: 激励制度第三条 "评议结果作为优秀基层妇联执委的评选依据". The 合格 members, most 满意 (as a
 * share of her ratings) first, then fewer 不满意, then more ratings. A proposal: the committee decides.
 */
export function shortlistOf(rows: readonly AppraisalResultRow[]) {
  return rows
    .filter((row) => row.verdict === 'pass')
    .map((row) => ({
      memberId: row.memberId,
      name: row.name,
      satisfiedShare: row.satisfied / row.total,
      satisfied: row.satisfied,
      dissatisfied: row.dissatisfied,
      total: row.total,
    }))
    .sort((a, b) => b.satisfiedShare - a.satisfiedShare || a.dissatisfied / a.total - b.dissatisfied / b.total || b.total - a.total || a.name.localeCompare(b.name))
}

export interface FailedYears {
  memberId: string
  years: [{ year: number; counts: GradeCounts }, { year: number; counts: GradeCounts }]
}

/**
 * 第十二条 "在年度述职评议中连续两年不合格": the members whose two latest years with a result are
 * consecutive calendar years, both 不合格, the later one this year or last. A 合格 year (or a year
 * nobody rated her) after them, or between them, breaks the run.
 */
export function twoYearFailures(byYear: ReadonlyMap<number, ReadonlyMap<string, GradeCounts>>, memberIds: readonly string[], share: FailShare, thisYear: number): FailedYears[] {
  const flagged: FailedYears[] = []
  for (const memberId of memberIds) {
    const judged = [...byYear.entries()]
      .filter(([year, counts]) => year <= thisYear && verdictOf(counts.get(memberId) ?? noGrades(), share) !== 'none')
      .map(([year, counts]) => ({ year, counts: counts.get(memberId)! }))
      .sort((a, b) => a.year - b.year)
    const [earlier, later] = judged.slice(-2)
    if (!earlier || !later || later.year !== earlier.year + 1 || later.year < thisYear - 1) continue
    if (verdictOf(earlier.counts, share) === 'fail' && verdictOf(later.counts, share) === 'fail') flagged.push({ memberId, years: [earlier, later] })
  }
  return flagged
}
