// The view from above (下级统计): a federation's chair sees each federation under her — its
// 台账 (plan, records, summary: 001 3.6 "做到年初有计划，活动有记录，年终有总结"), its 执委's 履职,
// its 议事 and its 求助 — as one table she can sort, with charts, and as the 统计报表 workbook.
// The figures are kept per federation and year in `org_stats` by the writes that change them,
// so reading 3,000 federations is one read of their figures, not a scan of their records.
import * as z from 'zod/mini'
import { id, instant, localDate } from './common'
import { orgLevel } from './enums'
import { requestCategory, requestState } from './requestModel'
import { statCount } from './requests'
import { ledgerYear } from './reports'

/** The 议事 states counted as 已立项 (accepted and every step after it). */
export const TOPIC_ACCEPTED_STATES = ['accepted', 'scheduled', 'decided', 'feedbackPublished', 'escalated', 'inProgress', 'done', 'notCarriedOut'] as const
/** The 议事 states counted as 已办结 (an outcome reached: 已落实, or 未能落实 with the reason published). */
export const TOPIC_FINISHED_STATES = ['done', 'notCarriedOut'] as const

/**
 * One federation's figures of one year (`org_stats`, `<orgId>_<year>`). Each part is written
 * by the function that changes it, recounted from that federation's own records of the year
 * on each write, so a part never drifts from its records: `org` by the org function (members,
 * activities, 年度总结, completeness), `duty` by 履职 writes, `topics` and `requests` by
 * their writes (a new topic or case adds itself instead). A part not written yet is absent and reads as zero.
 */
export const orgStatsDoc = z.object({
  _id: z.string(),
  orgId: id,
  year: z.number(),
  name: z.string(),
  level: orgLevel,
  parentId: z.nullable(id),
  ancestorIds: z.array(id),
  sort: z.number(),
  org: z.optional(
    z.object({
      /** 0–100, as the console's 完整度 */
      completeness: z.number(),
      /** the 年度工作计划 written is this year's */
      plan: z.boolean(),
      /** activities dated in the year (planned, done or cancelled) */
      planned: z.number(),
      /** activities done in the year with a result written or a photo: 活动有记录 */
      recorded: z.number(),
      /** the year's 年度总结 is written: 年终有总结 */
      summary: z.boolean(),
      at: instant,
    }),
  ),
  /** kept by 履职 writes and by the org function's changes (a 执委 added or gone changes who counts) */
  duty: z.optional(
    z.object({
      /** entries per quarter (Q1–Q4) */
      entries: z.array(z.number()),
      /** women reached (人次) per quarter */
      women: z.array(z.number()),
      /** the 执委 in office (held to the 七个一), as the last write found them */
      executives: z.number(),
      /** per quarter, how many of those 执委 have an entry in it: the 履职率 of the quarter the reader is in */
      active: z.array(z.number()),
      at: instant,
    }),
  ),
  topics: z.optional(
    z.object({
      /** topics filed per quarter (Q1–Q4) */
      byQuarter: z.array(z.number()),
      total: z.number(),
      accepted: z.number(),
      finished: z.number(),
      done: z.number(),
      at: instant,
      /** how often the part was recounted and added to since it kept count: a recount and an add that race are not written over each other (shared/orgStats.ts, partMark) */
      recounts: z.optional(z.number()),
      adds: z.optional(z.number()),
    }),
  ),
  requests: z.optional(
    z.object({
      total: z.number(),
      /** aligned with REQUEST_CATEGORIES, REQUEST_STATES, and the year's twelve months */
      byCategory: z.array(z.number()),
      byState: z.array(z.number()),
      byMonth: z.array(z.number()),
      at: instant,
      /** as the 议事 part's */
      recounts: z.optional(z.number()),
      adds: z.optional(z.number()),
    }),
  ),
})
export type OrgStatsDoc = z.infer<typeof orgStatsDoc>
export type OrgStatsPart = 'org' | 'duty' | 'topics' | 'requests'

/** One row of the table: a federation under the reader, its figures summed over it and every federation below it. */
export const overviewRow = z.object({
  orgId: id,
  name: z.string(),
  level: orgLevel,
  /** federations counted in the row: itself and every one below it */
  orgCount: z.number(),
  /** 台账: how many of them have a plan (the year's 年度工作计划 or activities planned in it), records, a 年度总结 this year */
  ledger: z.object({ planned: z.number(), recorded: z.number(), summary: z.number() }),
  /** activities done and recorded this year */
  activities: z.number(),
  duty: z.object({
    executives: z.number(),
    /** 执委 with an entry this quarter */
    activeThisQuarter: z.number(),
    /** activeThisQuarter / executives, 0–100; null with no 执委 */
    rate: z.nullable(z.number()),
    entries: z.number(),
    women: z.number(),
  }),
  topics: z.object({ total: z.number(), accepted: z.number(), finished: z.number(), done: z.number() }),
  /** 求助: each federation's counts protected as 求助统计 publishes them (no count of 1–4), then summed */
  requests: z.object({ total: statCount, closed: statCount }),
  /** the federation's own 完整度 (0–100); null when its figures were not kept yet */
  completeness: z.nullable(z.number()),
})
export type OverviewRow = z.infer<typeof overviewRow>

export const overviewInput = z.strictObject({ orgId: id, year: ledgerYear })
export const overviewOutput = z.object({
  year: z.number(),
  asOf: localDate,
  /** the quarter the 履职率 is read for: this quarter in the current year, Q4 for a past year */
  quarter: z.number(),
  /** every federation below the reader's */
  orgCount: z.number(),
  /**
   * federations below whose figures were never kept and are not counted yet (read as zero): a read
   * counts a bounded number of them, so that it ends within the cloud function's time; the page reads again
   */
  uncounted: z.number(),
  rows: z.array(overviewRow),
  /** the rows summed: the whole tree below the reader's federation */
  total: overviewRow,
  charts: z.object({
    /** 履职 entries and 议事 topics filed per quarter */
    dutyByQuarter: z.array(z.number()),
    topicsByQuarter: z.array(z.number()),
    /** 求助 by category and by month of the year, protected and summed as the rows */
    requestsByCategory: z.array(z.object({ category: requestCategory, count: statCount })),
    requestsByMonth: z.array(z.object({ month: z.string(), count: statCount })),
    requestsByState: z.array(z.object({ state: requestState, count: statCount })),
  }),
})
export type OverviewOutput = z.infer<typeof overviewOutput>

/** The view from above; it runs in the `org` function (types/contracts.ts). */
export const overviewContract = {
  overview: { input: overviewInput, output: overviewOutput },
} as const
