// The 七个一 of 附件2 as data — the kinds of entry a member records, the ways she works, the
// seven duties with their period, minimum and the seed's words — and a federation's own raised
// minimums. Apart from the rest of the 履职 contract so an org document can hold the minimums.
import * as z from 'zod/mini'
import type { Post } from './enums'
import type { SeedCitation } from './staff'

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
/** Who decides an exit: never the flag, always the committee on a proposal. */
export const EXIT_DECISION_CITATION: SeedCitation = {
  seed: '000',
  article: '《基层妇联执委工作手册》六（八）执委替补增补和退出制度',
  quote: '由推荐单位提出建议，经执委会通过决定终止其执委资格',
}

/**
 * The posts the 七个一 holds to: a federation's 执委 (主席、副主席、执委), "每位妇联执委" of 附件2.
 * A 巾帼志愿者 is not on the committee, and the 小组长 and 组员 of a 妇女小组 or 妇女微家 are not
 * 执委 either (their body has no 执委会: types/enums.ts `postsFor`).
 */
export const DUTY_POSTS = ['chair', 'viceChair', 'member'] as const satisfies readonly Post[]
export const heldToDuty = (post: Post): boolean => (DUTY_POSTS as readonly Post[]).includes(post)

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
