// 执委履职: what a member records of her work, the 七个一 cadence she is held to, and what the
// engine says back. The seven duties and their minimums are data (`SEVEN_DUTIES`), each with
// the sentence of 附件2 it comes from; a federation may raise a minimum, never lower it.
import * as z from 'zod/mini'
import { id, instant, localDate, optionalTextBlock, pageCursor, pageLimit, seenVersion } from './common'
import { imageRef } from './org'
import { sealed } from './requestModel'
import type { SeedCitation } from './staff'

// ---- what she did ----

/**
 * The kinds of entry: the 七个一 of 附件2 first, then the rest of 看、听、问、帮、报、想、讲、记
 * (基层妇联执委工作手册 五) that a member records without a quota.
 */
export const DUTY_ENTRY_KINDS = ['contact', 'talk', 'survey', 'proposal', 'help', 'service', 'deliberation', 'mediation', 'escort', 'report'] as const
export const dutyEntryKind = z.enum(DUTY_ENTRY_KINDS)
export type DutyEntryKind = z.infer<typeof dutyEntryKind>

export const DUTY_ENTRY_KIND_LABELS: Record<DutyEntryKind, string> = {
  contact: '联系/走访谈心',
  talk: '宣讲',
  survey: '调研（收集需求）',
  proposal: '建议',
  help: '帮扶',
  service: '公益服务',
  deliberation: '参加议事',
  mediation: '调解',
  escort: '陪同',
  report: '报告',
}

export const DUTY_WAYS = ['visit', 'faceToFace', 'phone', 'wechat', 'activity'] as const
export const dutyWay = z.enum(DUTY_WAYS)
export type DutyWay = z.infer<typeof dutyWay>

export const DUTY_WAY_LABELS: Record<DutyWay, string> = {
  visit: '入户走访',
  faceToFace: '面对面',
  phone: '电话',
  wechat: '微信',
  activity: '活动中',
}

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
  _id: id,
  version: z.number(),
  createdAt: instant,
  updatedAt: instant,
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

// ---- the 七个一 (附件2 妇联执委“七个一”联系制度) ----

export const DUTY_PERIODS = ['quarter', 'halfYear', 'year'] as const
export const dutyPeriod = z.enum(DUTY_PERIODS)
export type DutyPeriod = z.infer<typeof dutyPeriod>
export const DUTY_PERIOD_LABELS: Record<DutyPeriod, string> = { quarter: '季度', halfYear: '半年', year: '年' }

export const SEVEN_DUTY_KEYS = ['contact', 'talk', 'survey', 'proposal', 'help', 'service', 'record'] as const
export const sevenDutyKey = z.enum(SEVEN_DUTY_KEYS)
export type SevenDutyKey = z.infer<typeof sevenDutyKey>

export interface SevenDuty {
  key: SevenDutyKey
  /** the name of the duty in 附件2 (一次联系 …) */
  title: string
  /** what she still has to do, in the words of “本季度还需联系妇女群众1次” */
  todo: string
  period: DutyPeriod
  /** the seed's minimum count per period; a federation may raise it (`dutyMinimums`) */
  minimum: number
  /** the entry kinds that count toward it; null: every entry (一本记录 is her entries themselves) */
  kinds: readonly DutyEntryKind[] | null
  citation: SeedCitation
}

const SEVEN_ONES = '《重庆市妇联关于实施“妇女之家”规范化建设的工作方案》附件2 妇联执委“七个一”联系制度'

export const SEVEN_DUTIES: readonly SevenDuty[] = [
  {
    key: 'contact',
    title: '一次联系',
    todo: '联系妇女群众',
    period: 'quarter',
    minimum: 1,
    kinds: ['contact'],
    citation: { seed: '002', article: `${SEVEN_ONES} 一`, quote: '每位妇联执委通过日常工作接触、走访谈心等方式，每季度联系1次妇女群众' },
  },
  {
    key: 'talk',
    title: '一次宣讲',
    todo: '宣讲',
    period: 'quarter',
    minimum: 1,
    kinds: ['talk'],
    citation: { seed: '002', article: `${SEVEN_ONES} 二`, quote: '执委每季度向联系的妇女群众开展1次宣讲活动' },
  },
  {
    key: 'survey',
    title: '一次调研',
    todo: '收集妇女群众需求',
    period: 'halfYear',
    minimum: 1,
    kinds: ['survey'],
    citation: { seed: '002', article: `${SEVEN_ONES} 三`, quote: '每半年收集1次妇女群众需求和意愿呼声' },
  },
  {
    key: 'proposal',
    title: '一次建议',
    todo: '向本级妇联提建议',
    period: 'halfYear',
    minimum: 1,
    kinds: ['proposal'],
    citation: { seed: '002', article: `${SEVEN_ONES} 四`, quote: '根据收到的妇女需求，每半年向本级妇联提出1次切实可行的建议意见' },
  },
  {
    key: 'help',
    title: '一次帮扶',
    todo: '帮扶困难妇女儿童',
    period: 'year',
    minimum: 1,
    kinds: ['help'],
    citation: { seed: '002', article: `${SEVEN_ONES} 五`, quote: '每年为困难妇女儿童提供1次力所能及的帮助' },
  },
  {
    key: 'service',
    title: '一次公益',
    todo: '参加公益服务',
    period: 'year',
    minimum: 1,
    kinds: ['service'],
    citation: { seed: '002', article: `${SEVEN_ONES} 六`, quote: '每年至少参加1次服务妇女儿童及家庭的公益服务' },
  },
  {
    key: 'record',
    title: '一本记录',
    todo: '记工作记录',
    period: 'year',
    minimum: 1,
    kinds: null,
    citation: { seed: '002', article: `${SEVEN_ONES} 七`, quote: '每年至少建立1本工作记录册，记录联系妇女情况及工作情况' },
  },
]

/** 分片联系: the women each member keeps in touch with over the year. */
export const WOMEN_REACHED_MINIMUM = 10
export const WOMEN_REACHED_CITATIONS: readonly SeedCitation[] = [
  { seed: '002', article: '《重庆市妇联关于实施“妇女之家”规范化建设的工作方案》附件6', quote: '每位执委至少联系1个妇女小组和微家、10名妇女群众' },
  {
    seed: '004',
    article: '《柳州市妇联关于充分发挥基层妇联改革示范点引领带动作用的通知》一（1）发挥基层执委作用',
    quote: '每名执委通过微信经常性直接联系辖区普通妇女群众10名以上',
  },
]

/** The exit rule the one-year flag proposes (it never removes anyone: the committee decides). */
export const SILENT_YEAR_CITATION: SeedCitation = { seed: '000', article: '《基层妇联执委工作手册》六（八）执委替补增补和退出制度', quote: '超过一年没有履职的' }

/** The seed's minimum of one duty. */
export const seedMinimum = (key: SevenDutyKey): number => SEVEN_DUTIES.find((duty) => duty.key === key)?.minimum ?? 1

/**
 * A federation's own minimums, stored on its org document: a key absent keeps the seed's.
 * Raising is allowed, lowering is refused in the seed's words.
 */
export const dutyMinimums = z.partialRecord(sevenDutyKey, z.number().check(z.int(), z.lte(99))).check(
  z.superRefine((minimums, ctx) => {
    for (const duty of SEVEN_DUTIES) {
      const own = minimums[duty.key]
      if (own !== undefined && own < duty.minimum) {
        ctx.issues.push({ code: 'custom', input: own, path: [duty.key], message: `${duty.title}每${DUTY_PERIOD_LABELS[duty.period]}至少${duty.minimum}次，只能提高，不能降低` })
      }
    }
  }),
)
export type DutyMinimums = z.infer<typeof dutyMinimums>

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
export const dutyEntryView = z.object({
  _id: id,
  version: z.number(),
  orgId: id,
  memberId: id,
  kind: dutyEntryKind,
  date: localDate,
  way: dutyWay,
  areaId: z.nullable(id),
  womenCount: z.number(),
  note: z.string(),
  photos: z.array(z.string()),
  womenNames: z.string(),
  links: dutyEntryLinks,
  enteredBy: dutyEnteredBy,
  updatedAt: instant,
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
export const dutyMemberStatus = z.object({ memberId: id, name: z.string(), post: z.string(), summary: dutySummary })
export type DutyMemberStatus = z.infer<typeof dutyMemberStatus>
export const dutyOverviewInput = z.strictObject({ orgId: id })
export const dutyOverviewOutput = z.object({
  asOf: localDate,
  members: z.array(dutyMemberStatus),
  /** how many are behind on some duty, and how many carry the one-year flag */
  behindCount: z.number(),
  silentCount: z.number(),
})

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
  /** each child federation's tree figures, for the 街道 to compare and open */
  children: z.array(z.object({ orgId: id, name: z.string(), counts: quarterAndYear })),
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
