// Staff-side vocabulary: roles a caller can hold toward an org, why a member left,
// and the rule warnings the console shows (each citing its seed).
import * as z from 'zod/mini'

/**
 * How a caller stands toward one org. `ancestorChair`: chair or vice-chair of a
 * federation above it (the 街道 chair toward her 社区 and 村). `otherStaff`: bound to
 * some unrelated org. `resident`: signed in, bound to nothing relevant.
 */
export const STAFF_ROLES = ['chair', 'member', 'ancestorChair', 'otherStaff', 'resident', 'anonymous'] as const
export const staffRole = z.enum(STAFF_ROLES)
export type StaffRole = z.infer<typeof staffRole>

/**
 * Why a member left, after 重庆市基层妇联执委增替补及退出制度 第十一–十三条:
 * 自行卸免 (resigned / jobChange), 组织劝退 (persuaded), 资格终止 (terminated),
 * plus the end of a term at 换届 and anything else.
 */
export const DEPARTURE_REASONS = ['resigned', 'jobChange', 'persuaded', 'terminated', 'termEnded', 'other'] as const
export const departureReason = z.enum(DEPARTURE_REASONS)
export type DepartureReason = z.infer<typeof departureReason>
export const DEPARTURE_REASON_LABEL: Record<DepartureReason, string> = {
  resigned: '自愿请辞',
  jobChange: '工作变动或离开本地',
  persuaded: '组织劝退',
  terminated: '资格终止',
  termEnded: '任期届满',
  other: '其他原因',
}

export const WARNING_KINDS = [
  'tooFewMembers',
  'tooManyMembers',
  'memberCountOutsideNorm',
  'tooFewViceChairs',
  'viceChairsOutsideRange',
  'groupTooSmall',
  'groupLeaderCount',
  'groupMembersOutsideRange',
  'vacantChair',
  'areaUncovered',
  'memberCoversNothing',
  'memberLinksNoSmallBody',
  'memberWithoutDuty',
  'rotationClash',
  'missingPhoto',
  'missingPhone',
  'missedMeetings',
  'noCommittee',
  'termEnded',
  'noTraining',
  'silentYear',
  'appraisalFailed',
  'hoursDiffer',
  'noQuarterPlan',
  'noQuarterSummary',
  'boardStale',
] as const
export const warningKind = z.enum(WARNING_KINDS)
export type WarningKind = z.infer<typeof warningKind>

/** The policy documents (seeds) the rules come from, by file number (docs/seeds/<number>_*.txt). */
export const SEED_TITLES = {
  '000': '基层妇联执委工作手册',
  '001': '基层妇联组织建设工作规范 第1部分 村（社区）妇联',
  '002': '重庆市妇联深化基层妇联组织改革相关制度机制',
  '003': '全国妇联关于进一步深化改革 夯实基础 更好发挥基层妇联组织作用的意见',
  '004': '柳州市妇联关于充分发挥柳州市基层妇联改革示范点引领带动作用的通知',
} as const
export const seedNumber = z.enum(['000', '001', '002', '003', '004'])
export type SeedNumber = z.infer<typeof seedNumber>

/** A sentence of a seed, word for word, and where it stands (document and article). */
export const seedCitation = z.object({ seed: seedNumber, article: z.string(), quote: z.string() })
export type SeedCitation = z.infer<typeof seedCitation>

/** One thing the console asks the chair to fix, with the rule it comes from. */
export const ruleWarning = z.object({
  kind: warningKind,
  /** plain Chinese for a village chair */
  message: z.string(),
  /** what the chair reads after 依据：the article and its sentence, e.g. 《…增替补及退出制度》第四条“…不得低于5人” */
  rule: z.string(),
  /** the same, one entry per sentence cited: each quote is a substring of its seed */
  citations: z.array(seedCitation),
  /** member, area or month the warning is about */
  subjectIds: z.array(z.string()),
})
export type RuleWarning = z.infer<typeof ruleWarning>
