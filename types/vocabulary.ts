// The closed lists the board shows and the Chinese label of each, with no validator: the
// mini-program's main package (the board) imports these from here, so zod stays in the
// subpackages. Each list's schema and type are in its own module (enums.ts, topicModel.ts,
// board.ts), which re-exports these.

/**
 * Levels of a grassroots federation and the bodies under it. 安置点 (a relocation
 * settlement's federation, 柳州 通知 一(七)) and 四新 (a federation in a new field, 重庆
 * “四新”指导意见) are federations with their own minimums; 妇女小组 and 妇女微家 are not
 * federations: their people are 小组长 and 组员.
 */
export const ORG_LEVELS = ['county', 'street', 'township', 'community', 'village', 'resettlement', 'newSector', 'group', 'microHome'] as const
export const ORG_LEVEL_LABEL: Record<(typeof ORG_LEVELS)[number], string> = {
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
export const POST_LABEL: Record<(typeof POSTS)[number], string> = {
  chair: '主席',
  viceChair: '副主席',
  member: '执委',
  groupLeader: '小组长',
  groupMember: '组员',
  volunteer: '巾帼志愿者',
}

/** What a liaison area is: a building (楼栋), a grid (网格) or a villagers' group (村民小组). */
export const AREA_KINDS = ['building', 'grid', 'group'] as const
export const AREA_KIND_LABEL: Record<(typeof AREA_KINDS)[number], string> = {
  building: '楼栋',
  grid: '网格',
  group: '村民小组',
}

export const TOPIC_STATES = [
  'submitted',
  'pendingReview',
  'accepted',
  'declined',
  'merged',
  'scheduled',
  'decided',
  'feedbackPublished',
  'escalated',
  'inProgress',
  'done',
  'notCarriedOut',
] as const
export const TOPIC_STATE_LABEL: Record<(typeof TOPIC_STATES)[number], string> = {
  submitted: '待审核',
  pendingReview: '内容审核中',
  accepted: '已立项',
  declined: '未立项',
  merged: '已合并',
  scheduled: '已列入议程',
  decided: '已议定',
  feedbackPublished: '已反馈',
  escalated: '已上报',
  inProgress: '落实中',
  done: '已落实',
  notCarriedOut: '未落实',
}

/**
 * 群众满意度. 002 第七条 亮成效: "工作活动开展后，及时公布成效及群众满意度。" A resident who seconded a
 * topic rates its published outcome, once; a woman rates the help she got (求助, in stars, read as these three).
 */
export const SATISFACTION_LEVELS = ['satisfied', 'fair', 'unsatisfied'] as const
export const SATISFACTION_LABEL: Record<(typeof SATISFACTION_LEVELS)[number], string> = { satisfied: '满意', fair: '基本满意', unsatisfied: '不满意' }

/**
 * A change in the committee the board announces (002 增替补及退出制度第十七条: the change is made known,
 * "在本级执委会上向执委进行通报"; 履职制度第七条 亮身份 puts who serves before the women): 增补 / 替补 from an elected
 * nomination, 卸免 / 劝退 / 终止 from a departure. Her name, the kind and the day only — never the reason,
 * the votes or the 党组织's approval.
 */
export const COMMITTEE_CHANGE_KINDS = ['add', 'replace', 'resign', 'persuaded', 'terminated'] as const
export const COMMITTEE_CHANGE_LABEL: Record<(typeof COMMITTEE_CHANGE_KINDS)[number], string> = {
  add: '增补执委',
  replace: '替补执委',
  resign: '执委卸免',
  persuaded: '执委劝退',
  terminated: '执委资格终止',
}
