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
  'vacantChair',
  'areaUncovered',
  'memberCoversNothing',
  'monthWithoutDuty',
  'memberWithoutDuty',
  'rotationClash',
  'missingPhoto',
  'missingPhone',
  'missedMeetings',
] as const
export const warningKind = z.enum(WARNING_KINDS)
export type WarningKind = z.infer<typeof warningKind>

/** One thing the console asks the chair to fix, with the rule it comes from. */
export const ruleWarning = z.object({
  kind: warningKind,
  /** plain Chinese for a village chair */
  message: z.string(),
  /** the seed and article, e.g. "重庆市基层妇联执委增替补及退出制度 第四条" */
  rule: z.string(),
  /** member, area or month the warning is about */
  subjectIds: z.array(z.string()),
})
export type RuleWarning = z.infer<typeof ruleWarning>
