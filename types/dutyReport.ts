// 书面述职: a member's yearly written report of her work, filed from her phone at a 执委会.
// 002 《重庆市基层妇联执委履职制度》第八条: "每年在执委会上进行书面述职一次". The form
// opens prefilled from her 履职 record of the year (the draft), she edits and files it; she may
// revise it until the 执委会 it names is recorded. The chair reads every member's report.
import * as z from 'zod/mini'
import { id, instant, localDate, seenVersion, textBlock, versionedFields } from './common'
import { post } from './enums'
import { dutyEntryKind, sevenDutyKey } from './dutyCadence'

/** The years a report may be for: the federation's records start no earlier. */
export const FIRST_REPORT_YEAR = 2020
export const reportYear = z
  .number()
  .check(z.int({ error: '年份要是整数' }), z.gte(FIRST_REPORT_YEAR, { error: `年份不能早于 ${FIRST_REPORT_YEAR} 年` }), z.lte(2100, { error: '年份不对' }))

/** The longest report she may file (a page or two of plain sentences). */
export const MAX_REPORT_CHARS = 3000

/** One written report (collection `duty_reports`, id `<memberId>_<year>`: one per member per year). */
export const dutyReportDoc = z.object({
  ...versionedFields,
  orgId: id,
  memberId: id,
  /** her name when she filed it (the chair's list reads it without a second lookup) */
  memberName: z.string(),
  year: z.number(),
  reportText: z.string(),
  /** the 执委会 she reports at (null: not chosen yet) */
  meetingId: z.nullable(id),
  /** the first filing, and the latest revision */
  filedAt: instant,
  revisedAt: z.nullable(instant),
})
export type DutyReportDoc = z.infer<typeof dutyReportDoc>

/** Her year in figures, as the draft reads it from her 履职 entries. */
export const dutyReportFacts = z.object({
  year: z.number(),
  /** the 七个一 over the year: done, and the year's minimum (a quarterly duty four times its quarter's) */
  duties: z.array(z.object({ key: sevenDutyKey, title: z.string(), done: z.number(), minimum: z.number() })),
  /** her entries by kind (only kinds she recorded) */
  kinds: z.array(z.object({ kind: dutyEntryKind, label: z.string(), count: z.number() })),
  entries: z.number(),
  women: z.number(),
  /** the 议事 topics her 建议 raised, by title */
  topics: z.array(z.string()),
  /** the help requests her 帮扶 / 报告 entries filed */
  helpFiled: z.number(),
})
export type DutyReportFacts = z.infer<typeof dutyReportFacts>

export const dutyReportDraftInput = z.strictObject({ orgId: id, year: reportYear })
export const dutyReportDraftOutput = z.object({
  memberId: id,
  memberName: z.string(),
  facts: dutyReportFacts,
  /** the prefilled text: plain sentences from the facts, for her to edit */
  draftText: z.string(),
  /** what she filed already for the year, if she did */
  report: z.nullable(dutyReportDoc),
  /** the 执委会 of the year she may name, not cancelled, latest first */
  meetings: z.array(z.object({ meetingId: id, date: localDate, place: z.string(), recorded: z.boolean() })),
})

export const fileDutyReportInput = z.strictObject({
  orgId: id,
  year: reportYear,
  reportText: textBlock(10, MAX_REPORT_CHARS, '述职内容'),
  meetingId: z.nullable(id),
  /** the version she revised (absent on the first filing) */
  version: z.optional(seenVersion),
})
export const dutyReportOutput = z.object({ report: dutyReportDoc })

/** One member's report as it stands, read by her or by a chair. */
export const getDutyReportInput = z.strictObject({ memberId: id, year: reportYear })
/** The 执委会 a report names, as its reader sees it. */
export const reportMeeting = z.object({ date: localDate, place: z.string() })
export const getDutyReportOutput = z.object({ report: z.nullable(dutyReportDoc), meeting: z.nullable(reportMeeting) })

/** The chair's list for a year: every 执委 of the federation, filed or not. */
export const listDutyReportsInput = z.strictObject({ orgId: id, year: reportYear })
export const listDutyReportsOutput = z.object({
  year: z.number(),
  members: z.array(
    z.object({
      memberId: id,
      name: z.string(),
      post,
      /** null: not filed yet */
      filedAt: z.nullable(instant),
      revisedAt: z.nullable(instant),
      meetingId: z.nullable(id),
      /** the 执委会 her report names (null: none chosen) */
      meeting: z.nullable(reportMeeting),
    }),
  ),
  filed: z.number(),
})

/** The 述职 actions; they run in the `org` function (types/contracts.ts). */
export const dutyReportContract = {
  dutyReportDraft: { input: dutyReportDraftInput, output: dutyReportDraftOutput },
  fileDutyReport: { input: fileDutyReportInput, output: dutyReportOutput },
  getDutyReport: { input: getDutyReportInput, output: getDutyReportOutput },
  listDutyReports: { input: listDutyReportsInput, output: listDutyReportsOutput },
} as const
