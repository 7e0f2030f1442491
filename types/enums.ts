// Closed vocabularies of the domain, with the Chinese label each shows as.
import * as z from 'zod/mini'

/**
 * Levels of a grassroots federation and the bodies under it. 安置点 (a relocation
 * settlement's federation, 柳州 通知 一(七)) and 四新 (a federation in a new field, 重庆
 * “四新”指导意见) are federations with their own minimums; 妇女小组 and 妇女微家 are not
 * federations: their people are 小组长 and 组员.
 */
export const ORG_LEVELS = ['county', 'street', 'township', 'community', 'village', 'resettlement', 'newSector', 'group', 'microHome'] as const
export const orgLevel = z.enum(ORG_LEVELS)
export type OrgLevel = z.infer<typeof orgLevel>
export const ORG_LEVEL_LABEL: Record<OrgLevel, string> = {
  county: '区县',
  street: '街道',
  township: '乡镇',
  community: '社区',
  village: '村',
  resettlement: '安置点',
  newSector: '“四新”',
  group: '妇女小组',
  microHome: '妇女微家',
}

/**
 * Posts shown on the board (亮执委身份: 主席、副主席、执委、巾帼志愿者) and, in a 妇女小组 or
 * 妇女微家, 小组长 and 组员 (柳州 通知 一(七): "妇女小组设小组长1名，组员3-5名").
 */
export const POSTS = ['chair', 'viceChair', 'member', 'groupLeader', 'groupMember', 'volunteer'] as const
export const post = z.enum(POSTS)
export type Post = z.infer<typeof post>
export const POST_LABEL: Record<Post, string> = {
  chair: '主席',
  viceChair: '副主席',
  member: '执委',
  groupLeader: '小组长',
  groupMember: '组员',
  volunteer: '巾帼志愿者',
}

/** The bodies that are not federations: no 执委会, their people are 小组长 and 组员. */
export const SMALL_BODY_LEVELS = ['group', 'microHome'] as const satisfies readonly OrgLevel[]
export const isSmallBody = (level: OrgLevel): boolean => (SMALL_BODY_LEVELS as readonly OrgLevel[]).includes(level)

/** Which posts a body of each kind may give: a federation's, or a 妇女小组's. */
export const postsFor = (level: OrgLevel): readonly Post[] => (isSmallBody(level) ? ['groupLeader', 'groupMember', 'volunteer'] : ['chair', 'viceChair', 'member', 'volunteer'])

/** What a liaison area is: a building (楼栋), a grid (网格) or a villagers' group (村民小组). */
export const AREA_KINDS = ['building', 'grid', 'group'] as const
export const areaKind = z.enum(AREA_KINDS)
export type AreaKind = z.infer<typeof areaKind>
export const AREA_KIND_LABEL: Record<AreaKind, string> = {
  building: '楼栋',
  grid: '网格',
  group: '村民小组',
}

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
