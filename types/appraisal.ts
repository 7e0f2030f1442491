// 述职评议: the ratings of the 执委 at a 执委会. 002 《重庆市基层妇联执委履职制度》第八条 "接受妇女代表的评议，
// 对其他执委履职情况进行评议"; 激励制度第三条 "邀请妇女代表对基层妇联执委履职情况开展评议。评议结果作为优秀基层妇联执委
// 的评选依据". A round is opened by the chair at a 执委会 with 述职评议 on its agenda; the 妇女代表 present rate
// on their phones with one-time codes (no account), the chair types in paper ballots, and the 执委 rate
// each other. Her yearly result is 合格 / 不合格 by the federation's rule (committeeRules.ts failsAppraisal).
import * as z from 'zod/mini'
import { id, instant, optionalTextField, versionedFields } from './common'

/** 满意 / 基本满意 / 不满意 */
export const APPRAISAL_GRADES = ['satisfied', 'fair', 'dissatisfied'] as const
export type AppraisalGrade = (typeof APPRAISAL_GRADES)[number]
export const APPRAISAL_GRADE_LABEL: Record<AppraisalGrade, string> = { satisfied: '满意', fair: '基本满意', dissatisfied: '不满意' }
export const appraisalGrade = z.enum(APPRAISAL_GRADES, { error: (issue) => (issue.input === undefined ? undefined : '评价只能是满意、基本满意或不满意') })

/** Who cast a ballot: a 妇女代表 with a code on her phone, a paper ballot typed by the chair, a 执委 rating the others. */
export const BALLOT_SOURCES = ['code', 'paper', 'member'] as const
export type BallotSource = (typeof BALLOT_SOURCES)[number]
export const BALLOT_SOURCE_LABEL: Record<BallotSource, string> = { code: '妇女代表扫码', paper: '纸质评议票', member: '执委互评' }

/** The half-year of a round, from its 执委会's date in Beijing: 第八条 "每半年在本级妇联执委会上进行口头述职一次". */
export const APPRAISAL_HALVES = ['first', 'second'] as const
export type AppraisalHalf = (typeof APPRAISAL_HALVES)[number]
export const APPRAISAL_HALF_LABEL: Record<AppraisalHalf, string> = { first: '上半年', second: '下半年' }

/** The most 妇女代表 one round gives codes to. */
export const MAX_APPRAISAL_CODES = 100
/** A one-time code: 8 letters and digits a person cannot misread (no 0/O, 1/I). */
export const APPRAISAL_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
export const APPRAISAL_CODE_LENGTH = 8
export const appraisalCode = z
  .string()
  .check(z.regex(new RegExp(`^[${APPRAISAL_CODE_ALPHABET}]{${APPRAISAL_CODE_LENGTH}}$`), { error: `评议码是 ${APPRAISAL_CODE_LENGTH} 位字母和数字，请对照二维码下的评议码` }))

/** One member's rating on a ballot. */
export const appraisalRating = z.strictObject({ memberId: id, grade: appraisalGrade, comment: optionalTextField(100, '评价意见') })
export type AppraisalRating = z.infer<typeof appraisalRating>
const ratings = z.array(appraisalRating).check(z.minLength(1, { error: '请至少评议一位执委' }), z.maxLength(60))

/** A tally of one member's ratings. */
const gradeFields = { satisfied: z.number(), fair: z.number(), dissatisfied: z.number() }
export const gradeCounts = z.object(gradeFields)
export type GradeCounts = z.infer<typeof gradeCounts>

/** One round (collection `appraisal_rounds`; its id is the 执委会's, so a meeting holds one). */
export const appraisalRoundDoc = z.object({
  ...versionedFields,
  orgId: id,
  meetingId: id,
  year: z.number(),
  half: z.enum(APPRAISAL_HALVES),
  /** the 执委 being rated */
  memberIds: z.array(id),
  status: z.enum(['open', 'closed']),
  /** how many 妇女代表 the chair gave codes to */
  codeCount: z.number(),
  /** the sha256 of each code, in the order they are shown; the codes themselves are never stored */
  codeHashes: z.array(z.string()),
  /** the round's code key, sealed by the vault: the chair's page derives the codes from it while the round is open; '' once closed */
  codeKey: z.string(),
  /** once closed: each member's counts in this round (the yearly result adds them up) */
  tally: z.array(z.object({ memberId: id, ...gradeFields })),
  closedAt: z.nullable(instant),
  /** the short id a scanned code names the round by (a WeChat code's scene holds 32 characters at most); absent on rounds opened before it existed */
  shortId: z.optional(z.string()),
})
export type AppraisalRoundDoc = z.infer<typeof appraisalRoundDoc>

/** A round's short id: 12 lowercase hex characters, the start of its id's hash. */
export const ROUND_SHORT_ID_PATTERN = /^[0-9a-f]{12}$/
/** What a scanned ballot code carries (its scene): the round's short id and the one-time code, e.g. 3f9a0c1d2e4b.K7M3P9QX */
export const ballotScene = (shortId: string, code: string): string => `${shortId}.${code}`
/** The round and code a scene names, or null when it is not one. */
export function readBallotScene(scene: string): { roundId: string; code: string } | null {
  const [roundId, code, ...rest] = scene.trim().split('.')
  return roundId && code && rest.length === 0 && ROUND_SHORT_ID_PATTERN.test(roundId) ? { roundId, code: code.toUpperCase() } : null
}

/** One rater's ballot (collection `appraisal_ballots`). */
export const appraisalBallotDoc = z.object({
  _id: id,
  createdAt: instant,
  orgId: id,
  roundId: id,
  year: z.number(),
  source: z.enum(BALLOT_SOURCES),
  /** source member: the 执委 who rated her colleagues (never herself) */
  raterMemberId: z.nullable(id),
  ratings: z.array(z.object({ memberId: id, grade: appraisalGrade, comment: z.string() })),
})
export type AppraisalBallotDoc = z.infer<typeof appraisalBallotDoc>

/** A round as the console shows it: no code, no hash, no key. */
export const appraisalRoundView = z.object({
  _id: id,
  version: z.number(),
  orgId: id,
  meetingId: id,
  meetingAt: instant,
  year: z.number(),
  half: z.enum(APPRAISAL_HALVES),
  members: z.array(z.object({ memberId: id, name: z.string(), post: z.string() })),
  status: z.enum(['open', 'closed']),
  codeCount: z.number(),
  /** ballots in: by code, on paper, by members */
  ballots: z.object({ code: z.number(), paper: z.number(), member: z.number() }),
  /** the caller's own member record is among those rated, and whether she has rated her colleagues */
  mine: z.nullable(z.object({ memberId: id, rated: z.boolean() })),
  closedAt: z.nullable(instant),
})
export type AppraisalRoundView = z.infer<typeof appraisalRoundView>

/** Whom a round rates: those marked 出席 at the 执委会, or every 执委 called (attendance not recorded yet). */
export const APPRAISAL_WHO = ['present', 'invited'] as const
export const appraisalWho = z.enum(APPRAISAL_WHO, { error: (issue) => (issue.input === undefined ? undefined : '请选择评议出席的执委还是通知参会的执委') })

export const openAppraisalInput = z.strictObject({
  meetingId: id,
  who: appraisalWho,
  codeCount: z
    .number()
    .check(
      z.int({ error: '妇女代表人数应是整数' }),
      z.gte(0, { error: '妇女代表人数不能是负数' }),
      z.lte(MAX_APPRAISAL_CODES, { error: `一次评议最多给 ${MAX_APPRAISAL_CODES} 位妇女代表发评议码` }),
    ),
})
export const roundInput = z.strictObject({ roundId: id })
/** One code's scannable image: a WeChat mini-program code in WeChat, a QR code of the H5 ballot page on the local host. */
export const appraisalCodeImageInput = z.strictObject({ roundId: id, ordinal: z.number().check(z.int(), z.gte(0), z.lt(MAX_APPRAISAL_CODES)) })
export const appraisalCodeImageOutput = z.object({ image: z.string(), scene: z.string() })
export const closeAppraisalInput = z.strictObject({ roundId: id, version: z.number().check(z.int(), z.gte(1)) })
export const listAppraisalsInput = z.strictObject({ orgId: id })
export const ballotFormInput = z.strictObject({ roundId: id, code: appraisalCode })
export const castBallotInput = z.strictObject({ roundId: id, code: appraisalCode, ratings })
export const enterPaperBallotInput = z.strictObject({ roundId: id, ratings })
export const rateColleaguesInput = z.strictObject({ roundId: id, ratings })
export const appraisalResultsInput = z.strictObject({
  orgId: id,
  year: z.number().check(z.int({ error: '年份应是整数' }), z.gte(2000, { error: '年份不对' }), z.lte(2100, { error: '年份不对' })),
})

export const appraisalRoundOutput = z.object({ round: appraisalRoundView })
export const listAppraisalsOutput = z.object({ items: z.array(appraisalRoundView) })
export const appraisalCodesOutput = z.object({
  round: appraisalRoundView,
  /** each code in order, and whether a ballot was cast with it */
  codes: z.array(z.object({ ordinal: z.number(), code: z.string(), used: z.boolean() })),
  used: z.number(),
  left: z.number(),
})
/** What a 妇女代表's phone shows: the federation and the members to rate — nothing else. */
export const ballotFormOutput = z.object({
  orgName: z.string(),
  half: z.string(),
  members: z.array(z.object({ memberId: id, name: z.string(), post: z.string(), photoUrl: z.nullable(z.string()) })),
})
export const ballotOutput = z.object({ done: z.literal(true) })

/** Her yearly result: 合格 / 不合格 by the federation's share, 未评议 when nobody rated her. */
export const APPRAISAL_VERDICTS = ['pass', 'fail', 'none'] as const
export type AppraisalVerdict = (typeof APPRAISAL_VERDICTS)[number]
export const APPRAISAL_VERDICT_LABEL: Record<AppraisalVerdict, string> = { pass: '合格', fail: '不合格', none: '未评议' }
export const appraisalResultRow = z.object({
  memberId: id,
  name: z.string(),
  post: z.string(),
  ...gradeFields,
  total: z.number(),
  verdict: z.enum(APPRAISAL_VERDICTS),
  comments: z.array(z.string()),
})
export type AppraisalResultRow = z.infer<typeof appraisalResultRow>
export const appraisalResultsOutput = z.object({
  year: z.number(),
  /** the federation's rule: 不合格 when 不满意 is more than numerator / denominator of her ratings */
  failShare: z.object({ numerator: z.number(), denominator: z.number() }),
  /** 'all' for the chairs, 'own' for a member: 结果只给本人和主席看 */
  scope: z.enum(['all', 'own']),
  rows: z.array(appraisalResultRow),
  /** 优秀执委推荐名单 (激励制度第三条): the 合格 members by share of 满意; the chairs only, empty for a member */
  shortlist: z.array(z.object({ memberId: id, name: z.string(), satisfiedShare: z.number(), satisfied: z.number(), dissatisfied: z.number(), total: z.number() })),
  years: z.array(z.number()),
})

/** The 述职评议 actions; they run in the `org` function (types/contracts.ts). */
export const appraisalContract = {
  openAppraisal: { input: openAppraisalInput, output: appraisalRoundOutput },
  appraisalCodes: { input: roundInput, output: appraisalCodesOutput },
  appraisalCodeImage: { input: appraisalCodeImageInput, output: appraisalCodeImageOutput },
  closeAppraisal: { input: closeAppraisalInput, output: appraisalRoundOutput },
  listAppraisals: { input: listAppraisalsInput, output: listAppraisalsOutput },
  ballotForm: { input: ballotFormInput, output: ballotFormOutput },
  castBallot: { input: castBallotInput, output: ballotOutput },
  enterPaperBallot: { input: enterPaperBallotInput, output: appraisalRoundOutput },
  rateColleagues: { input: rateColleaguesInput, output: appraisalRoundOutput },
  appraisalResults: { input: appraisalResultsInput, output: appraisalResultsOutput },
} as const
