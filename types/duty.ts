// 执委履职: what a member records of her work, the 七个一 cadence she is held to, and what the
// engine says back. The seven duties and their minimums are data (`SEVEN_DUTIES`), each with
// the sentence of 附件2 it comes from; a federation may raise a minimum, never lower it.
import * as z from 'zod/mini'
import { id, localDate, optionalTextBlock, pageCursor, pageLimit, seenVersion, versionedFields } from './common'
import { post } from './enums'
import { imageRef } from './org'
import { seedCitation } from './staff'
import { sealed } from './requestModel'
import { dutyEntryKind, dutyPeriod, dutyWay, sevenDutyKey } from './dutyCadence'

// ---- what she did ----

/** Who typed the entry: she herself, or her chair for a member without a smartphone. */
export const dutyEnteredBy = z.enum(['self', 'chair'])
export type DutyEnteredBy = z.infer<typeof dutyEnteredBy>

/** What an entry produced: a 议事 topic (from a 建议), a help request (帮扶 / 报), an activity (宣讲 / 公益). */
export const dutyEntryLinks = z.object({ topicId: z.nullable(id), requestId: z.nullable(id), activityId: z.nullable(id) })
export type DutyEntryLinks = z.infer<typeof dutyEntryLinks>

/** The most women one entry may count (a 宣讲 in a village square); above it is a typing slip. */
export const MAX_WOMEN_PER_ENTRY = 500
export const MAX_DUTY_PHOTOS = 9

/** One entry of her 工作记录册, as stored (collection `dutyEntries`). */
export const dutyEntryDoc = z.object({
  ...versionedFields,
  orgId: id,
  memberId: id,
  kind: dutyEntryKind,
  /** the Beijing local date she did it */
  date: localDate,
  way: dutyWay,
  /** her covered 片区, when the work was in one */
  areaId: z.nullable(id),
  womenCount: z.number(),
  note: z.string(),
  photos: z.array(z.string()),
  /** the women's names, sealed like a help request's personal fields; '' when none were given */
  womenNames: sealed,
  links: dutyEntryLinks,
  enteredBy: dutyEnteredBy,
  /** the openid-less id of the person who typed it (her member id, or the chair's) */
  enteredByMemberId: z.nullable(id),
})
export type DutyEntryDoc = z.infer<typeof dutyEntryDoc>

// ---- what the engine says back ----

/** One calendar period in Beijing time: 2026Q4, 2026H2, 2026. */
export const dutyPeriodSpan = z.object({ period: dutyPeriod, key: z.string(), first: localDate, last: localDate, label: z.string() })
export type DutyPeriodSpan = z.infer<typeof dutyPeriodSpan>

/** done: the minimum is met this period; due: not yet, still time; behind: not yet, and the last period was missed too. */
export const dutyStatus = z.enum(['done', 'due', 'behind'])
export type DutyStatus = z.infer<typeof dutyStatus>

export const dutyProgress = z.object({
  key: sevenDutyKey,
  title: z.string(),
  span: dutyPeriodSpan,
  done: z.number(),
  minimum: z.number(),
  /** the last day of the period, YYYY-MM-DD */
  dueDate: localDate,
  status: dutyStatus,
  /** the previous period of this duty was missed, and she was a member for all of it */
  missedLast: z.boolean(),
  citation: z.object({ seed: z.string(), article: z.string(), quote: z.string() }),
})
export type DutyProgress = z.infer<typeof dutyProgress>

export const dutySummary = z.object({
  memberId: id,
  asOf: localDate,
  duties: z.array(dutyProgress),
  /** plain words: “本季度还需联系妇女群众1次、宣讲1次，截至 12月31日”, one sentence per period; empty when all is done */
  todo: z.array(z.string()),
  /** women reached this calendar year (the sum of her entries' counts) against the seed's 10 */
  womenReached: z.object({ count: z.number(), minimum: z.number(), met: z.boolean() }),
  lastEntryDate: z.nullable(localDate),
  /** any duty behind */
  behind: z.boolean(),
  /** no entry in the past 12 months, and a member for longer: proposes the exit rule, never applies it */
  silentYear: z.nullable(z.object({ message: z.string(), citation: z.object({ seed: z.string(), article: z.string(), quote: z.string() }) })),
})
export type DutySummary = z.infer<typeof dutySummary>

/**
 * Counts of a federation's entries in one period (or summed over a tree): the 亮成效 figures.
 * Stored in `duty_counts`, one document per org and period (`<orgId>_2026Q4`, `<orgId>_2026`),
 * kept by log / update / delete for the org and each of its ancestors, so any reader of a
 * federation's figures (the board, the 街道) reads one document.
 */
export const dutyCounts = z.object({
  entries: z.number(),
  byKind: z.record(dutyEntryKind, z.number()),
  /** women reached (人次) */
  women: z.number(),
  /** women reached by kind of entry (absent on documents made before it existed: read each as 0) */
  womenByKind: z.optional(z.partialRecord(dutyEntryKind, z.number())),
  /**
   * 建议 entries whose topic the federation accepted (已立项): kept by the topics function when it
   * accepts a topic filed from an entry (absent on documents made before it existed: read as 0)
   */
  accepted: z.optional(z.number()),
})
export type DutyCounts = z.infer<typeof dutyCounts>
export const dutyCountsDoc = z.object({ _id: z.string(), orgId: id, periodKey: z.string(), own: dutyCounts, tree: dutyCounts })
export type DutyCountsDoc = z.infer<typeof dutyCountsDoc>

// ---- actions (function `duty`) ----

export const dutyEntryFields = z.strictObject({
  kind: dutyEntryKind,
  date: localDate,
  way: dutyWay,
  areaId: z.nullable(id),
  womenCount: z.number().check(z.int(), z.gte(0), z.lte(MAX_WOMEN_PER_ENTRY, { error: `一次最多记 ${MAX_WOMEN_PER_ENTRY} 人` })),
  note: optionalTextBlock(300, '说明'),
  photos: z.array(imageRef).check(z.maxLength(MAX_DUTY_PHOTOS, { error: `最多 ${MAX_DUTY_PHOTOS} 张照片` })),
  /** optional; sealed before it is stored */
  womenNames: optionalTextBlock(200, '妇女姓名'),
  activityId: z.nullable(id),
})
export type DutyEntryFields = z.infer<typeof dutyEntryFields>

/** log an entry: her own (no memberId), or the chair's for a member without a smartphone (memberId given). */
export const logDutyEntryInput = z.strictObject({ orgId: id, memberId: z.optional(id), fields: dutyEntryFields })
export const updateDutyEntryInput = z.strictObject({ entryId: id, version: seenVersion, fields: dutyEntryFields })
export const deleteDutyEntryInput = z.strictObject({ entryId: id, version: seenVersion })

/** An entry as its reader sees it: names opened only for her and her chair. */
export const dutyEntryView = z.extend(z.omit(dutyEntryDoc, { createdAt: true, enteredByMemberId: true, womenNames: true }), {
  /** opened for her and her chair */
  womenNames: z.string(),
})
export type DutyEntryView = z.infer<typeof dutyEntryView>
export const dutyEntryOutput = z.object({ entry: dutyEntryView })
export const deleteDutyEntryOutput = z.object({ deleted: z.literal(true) })

export const listDutyEntriesInput = z.strictObject({
  orgId: id,
  memberId: z.optional(id),
  period: dutyPeriod,
  /** the period that holds this date (today when absent) */
  periodDate: z.optional(localDate),
  cursor: z.optional(pageCursor),
  limit: pageLimit,
})
export const listDutyEntriesOutput = z.object({ items: z.array(dutyEntryView), nextCursor: z.nullable(pageCursor) })

export const dutySummaryInput = z.strictObject({ orgId: id, memberId: z.optional(id) })
export const dutySummaryOutput = z.object({ summary: dutySummary })

/** The 履职情况 of one member, as her chair reads it. */
export const dutyMemberStatus = z.object({ memberId: id, name: z.string(), post, summary: dutySummary })
export type DutyMemberStatus = z.infer<typeof dutyMemberStatus>
export const dutyOverviewInput = z.strictObject({ orgId: id })

/**
 * 分片联系 (附件6 "每位执委至少联系…10名妇女群众"): how many members reached fewer women this year
 * than the seed asks (人次: the sum of her entries' counts, not distinct women — each member's own
 * figure is her summary's `womenReached`), and the federation's 片区 that no entry named this quarter.
 */
export const dutyCoverage = z.object({
  quarter: dutyPeriodSpan,
  womenMinimum: z.number(),
  womenShort: z.number(),
  womenCitations: z.array(seedCitation),
  areaCount: z.number(),
  unvisitedAreas: z.array(z.object({ areaId: id, name: z.string(), memberName: z.nullable(z.string()) })),
})
export type DutyCoverage = z.infer<typeof dutyCoverage>

export const dutyOverviewOutput = z.object({
  asOf: localDate,
  /** the 执委 (never 巾帼志愿者, 小组长 or 组员): the one-year flag first, then those behind, then the rest in board order */
  members: z.array(dutyMemberStatus),
  /** how many are behind on some duty, and how many carry the one-year flag */
  behindCount: z.number(),
  silentCount: z.number(),
  coverage: dutyCoverage,
})

/** A federation's 执委 as counts: how many, how many behind (the flagged not among them), how many carry the one-year flag. */
export const dutyTeamTally = z.object({ total: z.number(), behind: z.number(), silent: z.number() })
export type DutyTeamTally = z.infer<typeof dutyTeamTally>

/** The federation's counts this quarter and this year, its own and summed over its children. */
export const dutyCountsInput = z.strictObject({ orgId: id })
const quarterAndYear = z.object({ quarter: dutyCounts, year: dutyCounts })
export const dutyCountsOutput = z.object({
  quarter: dutyPeriodSpan,
  year: dutyPeriodSpan,
  /** this federation's own members' entries */
  own: quarterAndYear,
  /** its own and every federation under it: the roll-up through the tree */
  tree: quarterAndYear,
  /** each child federation's tree figures and its own 执委's rates, for the 街道 to compare and open */
  children: z.array(z.object({ orgId: id, name: z.string(), counts: quarterAndYear, members: dutyTeamTally })),
})

/** The 履职 actions; they run in the `org` function (types/contracts.ts). */
export const dutyContract = {
  logDutyEntry: { input: logDutyEntryInput, output: dutyEntryOutput },
  updateDutyEntry: { input: updateDutyEntryInput, output: dutyEntryOutput },
  deleteDutyEntry: { input: deleteDutyEntryInput, output: deleteDutyEntryOutput },
  listDutyEntries: { input: listDutyEntriesInput, output: listDutyEntriesOutput },
  dutySummary: { input: dutySummaryInput, output: dutySummaryOutput },
  dutyOverview: { input: dutyOverviewInput, output: dutyOverviewOutput },
  dutyCounts: { input: dutyCountsInput, output: dutyCountsOutput },
} as const
