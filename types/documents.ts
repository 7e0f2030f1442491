// Stored documents: what each collection holds. Handlers read and write these shapes;
// the store adapters add nothing but `_id` and `version`.
import * as z from 'zod/mini'
import { clockTime, id, instant, localDate, orgCode, versionedFields } from './common'
import { committeeRulesDoc } from './committeeRules'
import { activityStatus, areaKind, orgLevel, phoneShown, post } from './enums'
import { departureReason } from './staff'

/** One opening session of the 妇女之家 within a day, Asia/Shanghai wall-clock time. */
export const openingSession = z.strictObject({ start: clockTime, end: clockTime })
export type OpeningSession = z.infer<typeof openingSession>

/**
 * When the 妇女之家 is open. 附件1 二: "除法定节假日，上午9:00—12:00，下午14:00—17:00定时开放".
 * By default it keeps the seed's hours on every day but 法定节假日 (see
 * SEED_HOURS_INCLUDE_WEEKENDS); an org can close at weekends, close on its own dates or
 * open on extra ones.
 */
export const openingHours = z.strictObject({
  sessions: z.array(openingSession).check(z.maxLength(6)),
  openOnWeekends: z.boolean(),
  closedDates: z.array(localDate).check(z.maxLength(366)),
  extraOpenDates: z.array(localDate).check(z.maxLength(366)),
})
export type OpeningHours = z.infer<typeof openingHours>

/**
 * How the product reads 附件1 二 "除法定节假日，上午9:00—12:00，下午14:00—17:00定时开放" on
 * weekends. The sentence names one exception, 法定节假日, and a Saturday or Sunday is not a
 * 法定节假日, so the seed's 妇女之家 opens at weekends too. The one setting: the default hours
 * and the console's hours warning both follow it (README "Opening hours").
 */
export const SEED_HOURS_INCLUDE_WEEKENDS = true

/** 附件1 二's sessions, as the product stores them. */
export const SEED_SESSIONS: readonly OpeningSession[] = [
  { start: '09:00', end: '12:00' },
  { start: '14:00', end: '17:00' },
]

export const DEFAULT_OPENING_HOURS: OpeningHours = {
  sessions: SEED_SESSIONS.map((s) => ({ ...s })),
  openOnWeekends: SEED_HOURS_INCLUDE_WEEKENDS,
  closedDates: [],
  extraOpenDates: [],
}

/**
 * The 制度 a 妇女之家 puts on its wall, by name, until the chair sets her own list. 重庆 妇女之家规范化建设
 * 三、3 有制度档案: "将《妇女之家日常管理制度》《妇女之家活动六个有制度》《妇联执委“七个一”联系制度》《妇联执委议事制度》在妇女之家室内上墙。"
 * (named as their 附件1–4 are titled).
 */
export const DEFAULT_WALL_RULES: readonly string[] = ['“妇女之家”日常管理制度', '“妇女之家”活动“六个有”制度', '妇联执委“七个一”联系制度', '妇联执委议事制度']

/** 亮职责 (002 第七条 "将本级妇联工作职责、年度工作计划、本人工作任务告知妇女群众"): the plan, with the year it is for. */
export const annualPlan = z.object({ year: z.number(), text: z.string() })
export type AnnualPlan = z.infer<typeof annualPlan>

export const orgDoc = z.object({
  ...versionedFields,
  code: orgCode,
  name: z.string(),
  level: orgLevel,
  parentId: z.nullable(id),
  /** ids from the root down to the parent: lets an upper federation find its whole subtree */
  ancestorIds: z.array(id),
  logoUrl: z.nullable(z.string()),
  homeName: z.string(),
  address: z.string(),
  hours: openingHours,
  duties: z.array(z.string()),
  /** 妇女代表 of this federation (a count, as on 附件6) */
  representativesCount: z.number(),
  /** 附件6 情况介绍, free text */
  intro: z.string(),
  /** 001 6.1.3 "人员构成、工作职责、主要制度、联系（监督）电话等上墙公开。": the federation's 监督电话 (absent in records made before it existed: none) */
  supervisionPhone: z.optional(z.nullable(z.string())),
  /** the 制度 on its wall, by name (absent: DEFAULT_WALL_RULES) */
  wallRules: z.optional(z.array(z.string())),
  /** 年度工作计划 (absent: none) */
  annualPlan: z.optional(z.nullable(annualPlan)),
  /** unigrams and bigrams of the name: an index-backed search by part of a name */
  nameGrams: z.array(z.string()),
  /** the federation's own 七个一 minimums where it raised them (types/duty.ts `dutyMinimums` checks a write); absent: the seed's */
  dutyMinimums: z.optional(z.record(z.string(), z.number())),
  /** its term, how long the board announces a change, the 述职评议 rule (types/committeeRules.ts); absent: the seeds' defaults */
  committeeRules: z.optional(z.nullable(committeeRulesDoc)),
  /** 年终总结 by year ("2026": the text), for the year's 台账 (001 3.6 "年终有总结"); absent: none written */
  yearSummaries: z.optional(z.record(z.string(), z.string())),
  sort: z.number(),
})
export type OrgDoc = z.infer<typeof orgDoc>

export const memberDoc = z.object({
  ...versionedFields,
  orgId: id,
  name: z.string(),
  post,
  photoUrl: z.nullable(z.string()),
  /** her own phone; the console always sees it, the board only when `phoneShown` allows */
  phone: z.nullable(z.string()),
  /** an office number she may publish instead of her own (absent in records made before it existed) */
  officePhone: z.optional(z.nullable(z.string())),
  /** which number the board shows; absent: her own, as before the choice existed */
  phoneShown: z.optional(phoneShown),
  specialty: z.string(),
  /**
   * the 妇女小组 and 妇女微家 under her federation that she keeps in touch with (附件6: "每位执委至少
   * 联系1个妇女小组和微家"); absent in records made before it existed
   */
  linkedBodyIds: z.optional(z.array(id)),
  /** 执委轮值制度: each member keeps one month a year on duty (1–12) */
  onDutyMonth: z.nullable(z.number()),
  termStart: z.nullable(localDate),
  termEnd: z.nullable(localDate),
  openid: z.nullable(z.string()),
  status: z.enum(['active', 'left']),
  /** why and when she left (增替补及退出制度 第十一–十三条); null while active */
  departure: z.nullable(
    z.object({
      reason: departureReason,
      leftOn: localDate,
      note: z.string(),
      /** 劝退 / 终止: the 党组织's approval (types/org.ts partyApproval); absent on records made before it was asked */
      approval: z.optional(z.nullable(z.object({ by: z.string(), on: localDate, documentNo: z.string(), photo: z.nullable(z.string()) }))),
    }),
  ),
  sort: z.number(),
})
export type MemberDoc = z.infer<typeof memberDoc>

/** A building / grid / villagers' group and who covers it (执委分片联系). */
export const areaDoc = z.object({
  ...versionedFields,
  orgId: id,
  name: z.string(),
  kind: areaKind,
  memberId: z.nullable(id),
  backupMemberId: z.nullable(id),
  sort: z.number(),
})
export type AreaDoc = z.infer<typeof areaDoc>

/** 亮活动内容: a planned activity, and afterwards its result. */
export const activityDoc = z.object({
  ...versionedFields,
  orgId: id,
  title: z.string(),
  status: activityStatus,
  date: localDate,
  place: z.string(),
  summary: z.string(),
  resultText: z.string(),
  photos: z.array(z.string()),
})
export type ActivityDoc = z.infer<typeof activityDoc>

/**
 * Extra calendar data as a config document, so a new year's 法定节假日 and 调休 (which
 * the State Council publishes late each year) can be added without a code release.
 */
export const calendarConfigDoc = z.object({
  _id: z.literal('calendar'),
  version: z.number(),
  years: z.record(z.string().check(z.regex(/^\d{4}$/)), z.object({ holidays: z.array(localDate), workdays: z.array(localDate) })),
})
export type CalendarConfigDoc = z.infer<typeof calendarConfigDoc>

/** A one-time invitation binding a WeChat identity to a member record. Only the code's hash is kept. */
export const inviteDoc = z.object({
  ...versionedFields,
  orgId: id,
  memberId: id,
  /** sha256 of the code, hex */
  codeHash: z.string(),
  createdBy: z.string(),
  expiresAt: instant,
  usedAt: z.nullable(instant),
  usedBy: z.nullable(z.string()),
  revokedAt: z.nullable(instant),
})
export type InviteDoc = z.infer<typeof inviteDoc>

/** Append-only record of every change and every refusal: who, what, when, before/after. */
export const auditDoc = z.object({
  _id: id,
  at: instant,
  /** the caller's openid; null when anonymous */
  actor: z.nullable(z.string()),
  /** the actor's name as a member at the time, or "居民" */
  actorName: z.string(),
  fn: z.string(),
  action: z.string(),
  orgId: z.nullable(id),
  target: z.nullable(z.object({ collection: z.string(), id: z.string() })),
  /** read: a staff member opened a help request (every staff read is audited) */
  outcome: z.enum(['changed', 'refused', 'read']),
  summary: z.string(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
})
export type AuditDoc = z.infer<typeof auditDoc>

/** A fixed-window counter (rate limits): `_id` names the key and the window. */
export const counterDoc = z.object({ _id: z.string(), count: z.number(), expiresAt: instant })
export type CounterDoc = z.infer<typeof counterDoc>

/**
 * Refusals of one caller (all anonymous callers together) in one hour, kept in `counters`
 * beside the rate limits: `count` of them were written to the audit one by one, `overflow`
 * more only counted here — so a flood of refused calls cannot flood the audit.
 */
export const refusalTallyDoc = z.object({
  _id: z.string(),
  kind: z.literal('refusals'),
  /** the caller's openid; null for anonymous callers */
  actor: z.nullable(z.string()),
  /** "onTarget" (her refusals on orgs and cases not hers), or the action, e.g. "org.history" */
  scope: z.string(),
  count: z.number(),
  overflow: z.number(),
  windowStart: instant,
  expiresAt: instant,
})
export type RefusalTallyDoc = z.infer<typeof refusalTallyDoc>

/**
 * The one-time subscriptions (一次性订阅消息) a person accepted for one template and not
 * yet used, kept in `counters` beside the rate limits: WeChat sends one message per
 * acceptance, so each send takes one (common/subscriptions.ts).
 */
export const subscriptionGrantDoc = z.object({
  _id: z.string(),
  kind: z.literal('subscription'),
  openid: z.string(),
  template: z.string(),
  count: z.number(),
  updatedAt: instant,
})
export type SubscriptionGrantDoc = z.infer<typeof subscriptionGrantDoc>

/**
 * A notification kept for its recipient: her in-app 消息 list on both runtimes (WeChat
 * also sends it as a subscription message). Every function that notifies writes one.
 */
export const outboxDoc = z.object({
  _id: id,
  openid: z.string(),
  template: z.string(),
  page: z.string(),
  data: z.record(z.string(), z.string()),
  createdAt: instant,
})
export type OutboxDoc = z.infer<typeof outboxDoc>
