// The public 亮牌 board: the denormalised document and the `board` function's calls.
import * as z from 'zod/mini'
import { cleanText, hasVisible, id, instant, localDate, orgCode } from './common'
import { areaKind, orgLevel } from './enums'
import { activityDoc, annualPlan, memberDoc, orgDoc, type MemberDoc } from './documents'
import { imageRef } from './org'
import { topicState } from './topicModel'
import { COMMITTEE_CHANGE_KINDS } from './vocabulary'

export { COMMITTEE_CHANGE_KINDS, COMMITTEE_CHANGE_LABEL } from './vocabulary'

export const orgRef = z.object({ code: orgCode, name: z.string(), level: orgLevel })
export type OrgRef = z.infer<typeof orgRef>

/** Whose number the board shows: her own or an office one (null: none shown; absent on boards built before the choice existed: her own). */
export const boardPhoneKind = z.enum(['personal', 'office'])
export type BoardPhoneKind = z.infer<typeof boardPhoneKind>

export const boardMember = z.object({
  id,
  ...z.pick(memberDoc, { name: true, post: true, photoUrl: true, specialty: true, onDutyMonth: true }).shape,
  /** the number she chose to publish (her own or an office one), null when she shows none */
  phone: z.nullable(z.string()),
  phoneKind: z.optional(z.nullable(boardPhoneKind)),
  /** the end of her term (absent on boards built before it was published): past it by 90 days, the board leaves her off */
  termEnd: z.optional(z.nullable(localDate)),
  /** areas she covers first-hand */
  areaIds: z.array(id),
  /** areas where she is the backup */
  backupAreaIds: z.array(id),
})
export type BoardMember = z.infer<typeof boardMember>

/**
 * The number the public sees for a member: her own phone unless she chose an office
 * number or none (a record without the choice shows her own, as it always did).
 */
export function publishedPhone(member: Pick<MemberDoc, 'phone' | 'officePhone' | 'phoneShown'>): { phone: string | null; phoneKind: BoardPhoneKind | null } {
  const shown = member.phoneShown ?? 'personal'
  if (shown === 'office') return member.officePhone ? { phone: member.officePhone, phoneKind: 'office' } : { phone: null, phoneKind: null }
  if (shown === 'personal' && member.phone) return { phone: member.phone, phoneKind: 'personal' }
  return { phone: null, phoneKind: null }
}

export const boardArea = z.object({
  id,
  name: z.string(),
  kind: areaKind,
  memberId: z.nullable(id),
  backupMemberId: z.nullable(id),
})
export type BoardArea = z.infer<typeof boardArea>

export const boardActivity = z.object({
  id,
  ...z.pick(activityDoc, { title: true, status: true, date: true, place: true, summary: true, resultText: true, photos: true }).shape,
})
export type BoardActivity = z.infer<typeof boardActivity>

/** A public topic and what became of it (议事成果, 亮成效); never a submitter's name. */
export const boardTopic = z.object({
  id,
  title: z.string(),
  state: topicState,
  secondCount: z.number(),
  /** the meeting's decision (一事一记), '' before the meeting */
  decision: z.string(),
  /** the latest outcome in words: the result, the reason it was not carried out, the escalation or the feedback */
  resultText: z.string(),
  photos: z.array(imageRef),
  updatedAt: instant,
})
export type BoardTopic = z.infer<typeof boardTopic>

/** A count as the board publishes it: the number, or few (少于5) / hidden (—) so that no small count can be read or worked out. */
export const publishedCount = z.union([z.number(), z.enum(['few', 'hidden'])])
export type PublishedCount = z.infer<typeof publishedCount>

/** 群众满意度 of one source: how many rated, and how many chose each level (counts under 5 withheld). */
export const satisfactionRow = z.object({
  /** the number of ratings, or few when under 5 (then no level is shown) */
  rated: z.union([z.number(), z.literal('few')]),
  satisfied: publishedCount,
  fair: publishedCount,
  unsatisfied: publishedCount,
})
export type SatisfactionRow = z.infer<typeof satisfactionRow>

/** 002 第七条 亮成效 "及时公布成效及群众满意度": the ratings of 议事 outcomes and of help given; null: nobody has rated yet. */
export const boardSatisfaction = z.object({ topics: z.nullable(satisfactionRow), help: z.nullable(satisfactionRow) })
export type BoardSatisfaction = z.infer<typeof boardSatisfaction>

/**
 * 履职成效 of one period (002 第七条 亮成效): what the federation's own 执委 did, as the board
 * publishes it. Counts only, never a member or a woman; the women reached is a count of people,
 * so 1–4 is published as few (少于5) and one it could be worked out from as hidden (—); the
 * 场 / 条 / 次 are counts of work, shown as numbers.
 */
export const boardDutyFigures = z.object({
  /** every entry of the period, of any kind (0: nothing recorded yet) */
  entries: z.number(),
  /** 走访联系 人次: the women counted on 联系/走访谈心 entries */
  contactWomen: publishedCount,
  /** 宣讲 场 */
  talks: z.number(),
  /** 收集需求 条 (调研) */
  surveys: z.number(),
  /** 提出建议 条 */
  proposals: z.number(),
  /** of them 已立项: accepted as a 议事 topic */
  accepted: z.number(),
  /** 帮扶 次 */
  helps: z.number(),
  /** 公益服务 次 */
  services: z.number(),
})
export type BoardDutyFigures = z.infer<typeof boardDutyFigures>

/** The figures of one period with its name, as board.get answers them. */
export const boardDutyPeriod = z.object({ key: z.string(), label: z.string(), figures: boardDutyFigures })
export type BoardDutyPeriod = z.infer<typeof boardDutyPeriod>

export type CommitteeChangeKind = (typeof COMMITTEE_CHANGE_KINDS)[number]
export const boardCommitteeChange = z.object({ kind: z.enum(COMMITTEE_CHANGE_KINDS), name: z.string(), on: localDate })
export type BoardCommitteeChange = z.infer<typeof boardCommitteeChange>

/** The stored board: one document per org, rebuilt on every write that changes it. */
export const boardDoc = z.object({
  _id: z.string(),
  orgId: id,
  ...z.pick(orgDoc, { code: true, name: true, level: true, logoUrl: true, homeName: true, address: true, hours: true, duties: true, representativesCount: true, intro: true })
    .shape,
  parent: z.nullable(orgRef),
  children: z.array(orgRef),
  members: z.array(boardMember),
  areas: z.array(boardArea),
  activities: z.array(boardActivity),
  /** accepted topics and their outcomes, most recently published first (bounded) */
  topics: z.array(boardTopic),
  /** 001 6.1.3 联系（监督）电话 (absent on boards built before it existed) */
  supervisionPhone: z.optional(z.nullable(z.string())),
  /** the 制度 on the 妇女之家 wall, by name */
  wallRules: z.optional(z.array(z.string())),
  /** 年度工作计划 with its year (002 第七条) */
  annualPlan: z.optional(z.nullable(annualPlan)),
  /** 群众满意度 (absent on boards built before it existed) */
  satisfaction: z.optional(boardSatisfaction),
  /**
   * 履职成效 keyed by period ('2026Q4', '2026'): every quarter of a year and the year itself,
   * published together; board.get picks the period of its own day, a period not here reads as
   * nothing yet (absent on boards built before it existed)
   */
  dutyResults: z.optional(z.record(z.string(), boardDutyFigures)),
  /**
   * changes in the committee of the past year, newest first; board.get keeps those no older than
   * `announceDays` on its own day (absent on boards built before they existed)
   */
  committeeChanges: z.optional(z.array(boardCommitteeChange)),
  /** how many days the federation announces a change (types/committeeRules.ts) */
  announceDays: z.optional(z.number()),
  builtAt: instant,
})
export type BoardDoc = z.infer<typeof boardDoc>

/** Whether the 妇女之家 is open now, computed in Asia/Shanghai at the time of the call. */
export const openNow = z.object({
  open: z.boolean(),
  /** e.g. "开放中，12:00 午休" / "今天是国庆节，不开放" */
  text: z.string(),
  /** the kind of day today is; unknown: the national calendar has no data for this year and the org set nothing for the day */
  day: z.enum(['workday', 'weekend', 'holiday', 'adjustedWorkday', 'orgClosed', 'orgOpen', 'unknown']),
  /** false when the national holiday calendar has no data for this year (the board then says 节假日安排未更新) */
  calendarKnown: z.boolean(),
})
export type OpenNow = z.infer<typeof openNow>

// ---- board.get ----
export const getBoardInput = z.strictObject({ code: orgCode })
export const getBoardOutput = z.object({
  /**
   * the stored board without its periods of 履职成效 (only this quarter's and this year's are
   * answered, `dutyResults`) and without its list of activities (answered as `activities`)
   */
  board: z.omit(boardDoc, { _id: true, dutyResults: true, activities: true }),
  openNow,
  /** the opening hours in words, e.g. "工作日 09:00–12:00、14:00–17:00（法定节假日休息）" */
  hoursText: z.string(),
  /** this month's on-duty members (执委轮值) */
  onDuty: z.object({ month: z.number(), memberIds: z.array(id) }),
  /** this quarter's plans and the most recent results (亮活动内容) */
  activities: z.object({
    quarterLabel: z.string(),
    plans: z.array(boardActivity),
    results: z.array(boardActivity),
  }),
  /** 履职成效 this quarter and this year, in Beijing time (absent on a phone's copy saved before it existed) */
  dutyResults: z.optional(z.object({ quarter: boardDutyPeriod, year: boardDutyPeriod })),
  asOf: instant,
})
export type GetBoardInput = z.infer<typeof getBoardInput>
export type GetBoardOutput = z.infer<typeof getBoardOutput>

// ---- board.search ----
export const searchOrgsInput = z.strictObject({
  name: z.string().check(
    z.overwrite((name) => cleanText(name, false)),
    z.minLength(1, { error: '请输入妇联名称中的字' }),
    z.maxLength(30, { error: '最长 30 个字' }),
    z.refine((name) => name === '' || hasVisible(name), { error: '请输入妇联名称中的字' }),
  ),
})
export const searchOrgsOutput = z.object({
  orgs: z.array(z.object({ ...orgRef.shape, parentName: z.nullable(z.string()) })),
})
export type SearchOrgsInput = z.infer<typeof searchOrgsInput>
export type SearchOrgsOutput = z.infer<typeof searchOrgsOutput>

/** The `board` function's actions. Nobody needs to log in for any of them. */
export const boardContract = {
  get: { input: getBoardInput, output: getBoardOutput },
  search: { input: searchOrgsInput, output: searchOrgsOutput },
} as const
