// The demo's past 述职评议: 和美社区 held its second-half 执委会 of last year with 述职评议 on the
// agenda, every 执委 present; six 妇女代表 rated on their phones and two on paper, the 执委 rated each
// other, and the round was closed — so the results page and the 优秀执委推荐名单 are not empty. One
// member came out 不合格 that year; one year alone is no 劝退 proposal (第十二条 asks two in a row).
import { heldToDuty, type AppraisalBallotDoc, type AppraisalGrade, type AppraisalRoundDoc, type CommitteeMeetingDoc, type MemberDoc } from '../../types'
import { inBeijing } from '../../cloudfunctions/common/beijingDayjs'
import { appraisalCodes, hashAppraisalCode, tallyBallots } from '../../cloudfunctions/org/lib/appraisalRules'
import { orgIdOf } from './build'
import { DEMO_CODES } from './spec'

const CODES = 6
/** Each rater's grades, member by member in board order; the fourth member gets the most 不满意. */
const PATTERNS: AppraisalGrade[][] = [
  ['satisfied', 'satisfied', 'satisfied', 'dissatisfied', 'fair'],
  ['satisfied', 'fair', 'satisfied', 'dissatisfied', 'satisfied'],
  ['satisfied', 'satisfied', 'fair', 'fair', 'satisfied'],
  ['fair', 'satisfied', 'satisfied', 'dissatisfied', 'satisfied'],
  ['satisfied', 'satisfied', 'satisfied', 'satisfied', 'fair'],
  ['satisfied', 'fair', 'satisfied', 'dissatisfied', 'satisfied'],
  ['satisfied', 'satisfied', 'fair', 'fair', 'satisfied'],
  ['satisfied', 'satisfied', 'satisfied', 'dissatisfied', 'satisfied'],
]
/** Only the fourth member takes the fourth column; the others share the rest. */
const gradeAt = (grades: AppraisalGrade[], m: number): AppraisalGrade => (m === 3 ? grades[3]! : grades[[0, 1, 2, 4][m % 4]!]!)
const COMMENTS = ['走访很勤，有事找她放心', '宣讲讲得明白', '']

export function buildDemoAppraisal(now: Date, members: MemberDoc[]): { meeting: CommitteeMeetingDoc; round: AppraisalRoundDoc; ballots: AppraisalBallotDoc[] } {
  const orgId = orgIdOf(DEMO_CODES.community)
  const committee = members.filter((m) => m.orgId === orgId && m.status === 'active' && heldToDuty(m.post))
  const year = inBeijing(now).year() - 1
  const startsAt = `${year}-12-10T06:30:00.000Z`
  const closedAt = `${year}-12-10T08:30:00.000Z`
  const meeting: CommitteeMeetingDoc = {
    _id: `${DEMO_CODES.community}-committee0`,
    version: 2,
    createdAt: `${year}-12-01T02:00:00.000Z`,
    updatedAt: closedAt,
    orgId,
    startsAt,
    place: '和美社区妇女之家',
    agenda: [
      { kind: 'report', title: '下半年执委述职和年度书面述职' },
      { kind: 'work', title: '明年工作安排' },
    ],
    invitedMemberIds: committee.map((m) => m._id),
    status: 'recorded',
    attendance: committee.map((m) => ({ memberId: m._id, status: 'present' as const, reason: '' })),
    minutes: '各位执委作了下半年口头述职和年度书面述职，到会妇女代表和执委进行了评议。',
  }
  const roundId = `${DEMO_CODES.community}-appraisal0`
  const memberIds = committee.map((m) => m._id)
  const codes = appraisalCodes(`${roundId}-demo`, CODES)
  const ballot = (i: number, grades: AppraisalGrade[]): AppraisalBallotDoc => ({
    _id: i < CODES ? `c-${hashAppraisalCode(roundId, codes[i]!).slice(0, 48)}` : `p-${roundId}-${i}`,
    createdAt: startsAt,
    orgId,
    roundId,
    year,
    source: i < CODES ? 'code' : 'paper',
    raterMemberId: null,
    ratings: memberIds.map((memberId, m) => ({ memberId, grade: gradeAt(grades, m), comment: m === i % memberIds.length ? (COMMENTS[i % COMMENTS.length] ?? '') : '' })),
  })
  const ballots = PATTERNS.map((grades, i) => ballot(i, grades))
  const round: AppraisalRoundDoc = {
    _id: roundId,
    version: 2,
    createdAt: startsAt,
    updatedAt: closedAt,
    orgId,
    meetingId: meeting._id,
    year,
    half: 'second',
    memberIds,
    status: 'closed',
    codeCount: CODES,
    codeHashes: codes.map((code) => hashAppraisalCode(roundId, code)),
    codeKey: '',
    tally: tallyBallots(memberIds, ballots),
    closedAt,
  }
  return { meeting, round, ballots }
}
