// Closed vocabularies of the domain, with the Chinese label each shows as.
import * as z from 'zod/mini'
import { AREA_KINDS, ORG_LEVELS, POSTS } from './vocabulary'

// the lists and their labels are in vocabulary.ts (no validator), which the board's page imports
export { AREA_KINDS, AREA_KIND_LABEL, ORG_LEVELS, ORG_LEVEL_LABEL, POSTS, POST_LABEL } from './vocabulary'

export const orgLevel = z.enum(ORG_LEVELS)
export type OrgLevel = z.infer<typeof orgLevel>

export const post = z.enum(POSTS)
export type Post = z.infer<typeof post>

/** The bodies that are not federations: no 执委会, their people are 小组长 and 组员. */
export const SMALL_BODY_LEVELS = ['group', 'microHome'] as const satisfies readonly OrgLevel[]
export const isSmallBody = (level: OrgLevel): boolean => (SMALL_BODY_LEVELS as readonly OrgLevel[]).includes(level)

/** Which posts a body of each kind may give: a federation's, or a 妇女小组's. */
export const postsFor = (level: OrgLevel): readonly Post[] => (isSmallBody(level) ? ['groupLeader', 'groupMember', 'volunteer'] : ['chair', 'viceChair', 'member', 'volunteer'])

export const areaKind = z.enum(AREA_KINDS)
export type AreaKind = z.infer<typeof areaKind>

/**
 * Which number the board shows for a member (亮执委身份 asks for 联系方式, not for her own
 * mobile): her own phone, an office number instead, or none (residents then reach her
 * through the chair or the 妇女之家).
 */
export const PHONE_SHOWN = ['personal', 'office', 'none'] as const
export const phoneShown = z.enum(PHONE_SHOWN)
export type PhoneShown = z.infer<typeof phoneShown>
export const PHONE_SHOWN_LABEL: Record<PhoneShown, string> = {
  personal: '公开本人电话',
  office: '只公开办公电话',
  none: '不公开电话',
}

export const ACTIVITY_STATUSES = ['planned', 'done', 'cancelled'] as const
export const activityStatus = z.enum(ACTIVITY_STATUSES)
export type ActivityStatus = z.infer<typeof activityStatus>

/**
 * The subscription-message templates (订阅消息) a notification goes out with: a topic moved
 * on or a new one arrived (议事), a help request moved or was given to someone (求助), a
 * meeting she is asked to changed (议事会议). Each one's WeChat template id is
 * configuration (`TEMPLATE_ID_*` for the functions, `TARO_APP_TEMPLATE_ID_*` for the
 * mini-program), never code.
 */
export const NOTIFY_TEMPLATES = ['topicProgress', 'requestProgress', 'meetingChange'] as const
export const notifyTemplate = z.enum(NOTIFY_TEMPLATES)
export type NotifyTemplate = z.infer<typeof notifyTemplate>
