// The committee's rules a federation sets for itself: its term, how long the board announces
// a change in the committee, and when a member's yearly 述职评议 is 不合格. Each has the
// seeds' default; a federation that never set them reads the defaults (`committeeRulesOf`).
import * as z from 'zod/mini'
import { localDate } from './common'

/** 000 三(一): "乡镇（街道）妇女代表大会、村（社区）妇女大会或妇女代表大会每五年举行一次"; "机关、事业单位、两新组织等妇联组织每届任期三至五年". */
export const DEFAULT_TERM_YEARS = 5
export const MIN_TERM_YEARS = 3
export const MAX_TERM_YEARS = 5

/** 002 增替补及退出制度第十七条 (通报 the result): how many days the board shows a 增补、替补 or 卸免 by default. */
export const DEFAULT_ANNOUNCE_DAYS = 30
export const MIN_ANNOUNCE_DAYS = 7
export const MAX_ANNOUNCE_DAYS = 365

/** 述职评议 (002 第八条; 第十二条 "年度述职评议中连续两年不合格"): 不合格 when 不满意 is more than this share of her ratings. Default: one third. */
export const DEFAULT_FAIL_SHARE = { numerator: 1, denominator: 3 } as const

const wholeNumber = (min: number, max: number, message: string) => z.number().check(z.int({ error: message }), z.gte(min, { error: message }), z.lte(max, { error: message }))

export const failShare = z
  .strictObject({
    numerator: wholeNumber(1, 9, '不合格比例的分子应是 1 到 9 的整数'),
    denominator: wholeNumber(2, 10, '不合格比例的分母应是 2 到 10 的整数'),
  })
  .check(
    z.refine((share) => share.numerator < share.denominator, {
      error: '不合格比例应小于 1（分子要比分母小）',
      path: ['numerator'],
    }),
  )
export type FailShare = z.infer<typeof failShare>

/** What a chair sends (org.updateOrg `changes.committeeRules`): every field, defaults filled in by the page. */
export const committeeRules = z.strictObject({
  /** the first day of the committee's current term (the 妇女大会 or 代表大会 that elected it); null: not recorded */
  termStart: z.nullable(localDate),
  termYears: wholeNumber(MIN_TERM_YEARS, MAX_TERM_YEARS, `每届任期应是 ${MIN_TERM_YEARS} 到 ${MAX_TERM_YEARS} 年`),
  announceDays: wholeNumber(MIN_ANNOUNCE_DAYS, MAX_ANNOUNCE_DAYS, `公示天数应是 ${MIN_ANNOUNCE_DAYS} 到 ${MAX_ANNOUNCE_DAYS} 天`),
  failShare,
})
export type CommitteeRules = z.infer<typeof committeeRules>

/** As stored on the org document (absent: the defaults). */
export const committeeRulesDoc = z.object({
  termStart: z.nullable(z.string()),
  termYears: z.number(),
  announceDays: z.number(),
  failShare: z.object({ numerator: z.number(), denominator: z.number() }),
})

export const DEFAULT_COMMITTEE_RULES: CommitteeRules = {
  termStart: null,
  termYears: DEFAULT_TERM_YEARS,
  announceDays: DEFAULT_ANNOUNCE_DAYS,
  failShare: { ...DEFAULT_FAIL_SHARE },
}

/** The rules a federation goes by: its own where it set them, else the seeds' defaults. */
export function committeeRulesOf(org: { committeeRules?: CommitteeRules | null | undefined }): CommitteeRules {
  return org.committeeRules ?? DEFAULT_COMMITTEE_RULES
}

/** Her yearly result: 不合格 when 不满意 is more than the federation's share of all her ratings (none rated: not judged). */
export function failsAppraisal(dissatisfied: number, total: number, share: FailShare): boolean {
  return total > 0 && dissatisfied * share.denominator > total * share.numerator
}

/** The last day of the term that began on termStart (YYYY-MM-DD): termYears later, less one day. */
export function termEndFrom(termStart: string, termYears: number): string {
  const [year, month, day] = termStart.split('-').map(Number)
  const end = new Date(Date.UTC(year + termYears, month - 1, day) - 86_400_000)
  return end.toISOString().slice(0, 10)
}
