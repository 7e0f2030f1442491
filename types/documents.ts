// Stored documents: what each collection holds. Handlers read and write these shapes;
// the store adapters add nothing but `_id` and `version`.
import * as z from 'zod/mini'
import { clockTime, id, instant, localDate, orgCode, versionedFields } from './common'
import { activityStatus, areaKind, orgLevel, phoneShown, post } from './enums'
import { departureReason } from './staff'

/** One opening session of the 妇女之家 within a day, Asia/Shanghai wall-clock time. */
export const openingSession = z.strictObject({ start: clockTime, end: clockTime })

/**
 * When the 妇女之家 is open. 附件1 二: "除法定节假日，上午9:00—12:00，下午14:00—17:00定时开放".
 * By default it keeps working days (weekends closed, 法定节假日 closed, 调休 Saturdays and
 * Sundays open); an org can open at weekends, close on its own dates or open on extra ones.
 */
export const openingHours = z.strictObject({
  sessions: z.array(openingSession).check(z.maxLength(6)),
  openOnWeekends: z.boolean(),
  closedDates: z.array(localDate).check(z.maxLength(366)),
  extraOpenDates: z.array(localDate).check(z.maxLength(366)),
})
export type OpeningHours = z.infer<typeof openingHours>

export const DEFAULT_OPENING_HOURS: OpeningHours = {
  sessions: [
    { start: '09:00', end: '12:00' },
    { start: '14:00', end: '17:00' },
  ],
  openOnWeekends: false,
  closedDates: [],
  extraOpenDates: [],
}

/** 附件5 村（社区）妇联工作职责: the default duties of a new federation. */
export const DEFAULT_DUTIES: readonly string[] = [
  '开展习近平新时代中国特色社会主义思想和党的路线方针政策的宣传教育活动，引领妇女听党话、跟党走。',
  '围绕中心、服务大局，开展技能培训、素质提升和家庭文明建设活动，引领广大妇女弘扬社会文明新风尚。',
  '切实维护妇女儿童合法权益，关爱帮扶困难妇女儿童，关心妇女儿童身心健康，切实为她们做好事、解难事、办实事。',
  '组织动员妇女参加公益活动，壮大巾帼志愿者队伍，发挥妇女“半边天”作用。',
  '落实上级妇联及村（社区）“两委”交办的各项工作任务，研究决策本地区妇女工作重大事项。',
  '加强自身建设，依章按期换届，定期召开执委会议，建好“妇女之家”，增强妇联组织凝聚力向心力。',
]

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
  /** 执委轮值制度: each member keeps one month a year on duty (1–12) */
  onDutyMonth: z.nullable(z.number()),
  termStart: z.nullable(localDate),
  termEnd: z.nullable(localDate),
  openid: z.nullable(z.string()),
  status: z.enum(['active', 'left']),
  /** why and when she left (增替补及退出制度 第十一–十三条); null while active */
  departure: z.nullable(z.object({ reason: departureReason, leftOn: localDate, note: z.string() })),
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
