// 述职评议 in the console: reading a round and its ballots, the view the pages get (never a code,
// a hash or the key), the checks a ballot must pass, and the yearly counts the results, the
// two-year flag and the shortlist are made from (appraisalRules.ts decides them).
import { createHash } from 'node:crypto'
import {
  committeeRulesOf,
  ROUND_SHORT_ID_PATTERN,
  type AppraisalBallotDoc,
  type AppraisalRating,
  type AppraisalRoundDoc,
  type AppraisalRoundView,
  type BallotSource,
  type CommitteeMeetingDoc,
  type GradeCounts,
  type MemberDoc,
  type OrgDoc,
} from '../../../types'
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'
import { invalid } from '../../common/invalid'
import { inBeijing } from '../../common/beijingDayjs'
import { hashAppraisalCode, twoYearFailures, yearlyCounts, type FailedYears } from './appraisalRules'
import { readAll } from '../../common/readAll'

export const ROUND_CLOSED = '这次评议已经结束了'

/** A 执委会 holds one round: its id comes from the meeting's. */
export const roundIdOf = (meetingId: string): string => `ar-${createHash('sha256').update(meetingId).digest('hex').slice(0, 32)}`

/** The ballot a code casts: its id comes from the code's hash, so a code casts one ballot, ever. */
export const codeBallotId = (roundId: string, code: string): string => `c-${hashAppraisalCode(roundId, code).slice(0, 48)}`

/** A member's own ballot in a round: one per round. */
export const memberBallotId = (roundId: string, memberId: string): string => `m-${createHash('sha256').update(`${roundId}\u0000${memberId}`).digest('hex').slice(0, 48)}`

/** The round's ballots, or those of one source. */
export function ballotsOf(ctx: Ctx, roundId: string, source?: BallotSource): Promise<AppraisalBallotDoc[]> {
  return readAll<AppraisalBallotDoc>(ctx, 'appraisal_ballots', source ? { roundId, source } : { roundId }, { _id: 1 })
}

async function membersById(ctx: Ctx, ids: readonly string[]): Promise<Map<string, MemberDoc>> {
  const members = ids.length ? await ctx.store.find<MemberDoc>('members', { _id: { $in: [...ids] } }, { limit: ids.length }) : []
  return new Map(members.map((m) => [m._id, m]))
}

/** A round as the pages see it; `callerMemberId`: the caller's member record in the round's federation, if any. */
export async function roundView(ctx: Ctx, round: AppraisalRoundDoc, callerMemberId: string | null): Promise<AppraisalRoundView> {
  const [meeting, people, ballots] = await Promise.all([
    ctx.store.getById<CommitteeMeetingDoc>('committee_meetings', round.meetingId),
    membersById(ctx, round.memberIds),
    ballotsOf(ctx, round._id),
  ])
  const count = (source: BallotSource) => ballots.filter((b) => b.source === source).length
  const mine = callerMemberId && round.memberIds.includes(callerMemberId) ? { memberId: callerMemberId, rated: ballots.some((b) => b.raterMemberId === callerMemberId) } : null
  return {
    _id: round._id,
    version: round.version,
    orgId: round.orgId,
    meetingId: round.meetingId,
    meetingAt: meeting?.startsAt ?? round.createdAt,
    year: round.year,
    half: round.half,
    members: round.memberIds.map((memberId) => ({ memberId, name: people.get(memberId)?.name ?? '', post: people.get(memberId)?.post ?? 'member' })),
    status: round.status,
    codeCount: round.codeCount,
    ballots: { code: count('code'), paper: count('paper'), member: count('member') },
    mine,
    closedAt: round.closedAt,
  }
}

export async function loadRound(ctx: Ctx, roundId: string): Promise<AppraisalRoundDoc> {
  const round = await ctx.store.getById<AppraisalRoundDoc>('appraisal_rounds', roundId)
  if (!round) throw new AppError('NOT_FOUND', '没有找到这次评议')
  return round
}

export function assertOpen(round: AppraisalRoundDoc): void {
  if (round.status !== 'open') throw new AppError('CONFLICT', ROUND_CLOSED)
}

/** Each member rated once, each one of the round's, and (a member's own ballot) never herself. */
export function assertRatings(round: AppraisalRoundDoc, ratings: readonly AppraisalRating[], rater: string | null): void {
  const ids = ratings.map((r) => r.memberId)
  if (new Set(ids).size !== ids.length) throw invalid('ratings', '同一位执委评了两次')
  ratings.forEach((r, i) => {
    if (!round.memberIds.includes(r.memberId)) throw invalid(`ratings.${i}.memberId`, '只能评议这次述职的执委')
    // 第八条 "对其他执委履职情况进行评议": the others, not herself
    if (r.memberId === rater) throw invalid(`ratings.${i}.memberId`, '不能评议自己')
  })
  const expected = round.memberIds.filter((memberId) => memberId !== rater).length
  if (ids.length !== expected) throw invalid('ratings', `请评议全部 ${expected} 位执委`)
}

/** The ballot's stored ratings, in the round's order of members. */
export function orderedRatings(round: AppraisalRoundDoc, ratings: readonly AppraisalRating[]): AppraisalBallotDoc['ratings'] {
  return [...ratings]
    .sort((a, b) => round.memberIds.indexOf(a.memberId) - round.memberIds.indexOf(b.memberId))
    .map((r) => ({ memberId: r.memberId, grade: r.grade, comment: r.comment }))
}

export const sameRatings = (a: AppraisalBallotDoc['ratings'], b: AppraisalBallotDoc['ratings']): boolean => JSON.stringify(a) === JSON.stringify(b)

/** The federation's closed rounds of `years`. */
export function closedRounds(ctx: Ctx, orgId: string, years: { $gte: number; $lte: number } | number): Promise<AppraisalRoundDoc[]> {
  return readAll<AppraisalRoundDoc>(ctx, 'appraisal_rounds', { orgId, year: years, status: 'closed' }, { _id: 1 })
}

/** Per year, each member's counts over that year's closed rounds. */
export function countsByYear(rounds: readonly AppraisalRoundDoc[]): Map<number, Map<string, GradeCounts>> {
  const years = [...new Set(rounds.map((r) => r.year))]
  return new Map(years.map((year) => [year, yearlyCounts(rounds.filter((r) => r.year === year))]))
}

/** For the console: the 执委 in office whose last two years were 不合格 (this year and the two before are read). */
export async function appraisalFailures(ctx: Ctx, org: OrgDoc, memberIds: readonly string[]): Promise<FailedYears[]> {
  const thisYear = inBeijing(ctx.clock.now()).year()
  const rounds = await closedRounds(ctx, org._id, { $gte: thisYear - 2, $lte: thisYear })
  if (rounds.length === 0) return []
  return twoYearFailures(countsByYear(rounds), memberIds, committeeRulesOf(org).failShare, thisYear)
}

/**
 * Stores a ballot whose id allows one per rater. Sent again with the same ratings (a retry), it
 * answers as the first time did; with other ratings it is refused with `used`.
 */
export async function castOnce(ctx: Ctx, ballot: AppraisalBallotDoc, used: string): Promise<{ created: boolean }> {
  const earlier = await ctx.store.getById<AppraisalBallotDoc>('appraisal_ballots', ballot._id)
  if (!earlier) {
    try {
      await ctx.store.insert('appraisal_ballots', ballot)
      return { created: true }
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error
    }
  }
  const stored = earlier ?? (await ctx.store.getById<AppraisalBallotDoc>('appraisal_ballots', ballot._id))
  if (stored && sameRatings(stored.ratings, ballot.ratings)) return { created: false }
  throw new AppError('CONFLICT', used)
}

/** A round's short id (types' ROUND_SHORT_ID_PATTERN): the start of the hash in its id. */
export const shortIdOf = (roundId: string): string => roundId.replace(/^ar-/, '').slice(0, 12)

async function roundNamed(ctx: Ctx, roundId: string): Promise<AppraisalRoundDoc | null> {
  if (!ROUND_SHORT_ID_PATTERN.test(roundId)) return ctx.store.getById<AppraisalRoundDoc>('appraisal_rounds', roundId)
  const [round] = await ctx.store.find<AppraisalRoundDoc>('appraisal_rounds', { shortId: roundId }, { limit: 1 })
  return round ?? null
}

/**
 * The round a code belongs to, named by its id (a link) or its short id (a scanned code's scene):
 * NOT_FOUND for a round or code that is not one (a guess); CONFLICT once it closed.
 */
export async function roundOfCode(ctx: Ctx, roundId: string, code: string): Promise<AppraisalRoundDoc> {
  const round = await roundNamed(ctx, roundId)
  if (!round || !round.codeHashes.includes(hashAppraisalCode(round._id, code))) throw new AppError('NOT_FOUND', WRONG_CODE)
  assertOpen(round)
  return round
}

export const WRONG_CODE = '评议码不对，请再扫一次主席出示的二维码'
export const USED_CODE = '这张评议码已经用过了'
