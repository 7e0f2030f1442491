// 议事: the vocabulary of topics and meetings, the topic lifecycle as a state machine
// (data, so both sides and the tests read the same table), and the stored documents.
// Sources: 重庆市妇联 附件4 妇联执委议事制度 (形式, 议题, 反馈, 上报), 执委工作手册 六(四) 议事制度,
// 柳州示范点通知 (2) 妇女议事会 (一事一记, 存档).
import * as z from 'zod/mini'
import { SATISFACTION_LABEL, SATISFACTION_LEVELS, TOPIC_STATES } from './vocabulary'
import { id, instant, localDate, versionedFields } from './common'
import type { OrgLevel } from './enums'

export { SATISFACTION_LABEL, SATISFACTION_LEVELS, TOPIC_STATES, TOPIC_STATE_LABEL } from './vocabulary'

/** 执委议事制度 五: 执委联系走访群众、妇联主席信箱、网上征集 — plus the 妇女议事会 itself. */
export const TOPIC_CHANNELS = ['visit', 'mailbox', 'online', 'council', 'other'] as const
export const topicChannel = z.enum(TOPIC_CHANNELS)
export type TopicChannel = z.infer<typeof topicChannel>
export const TOPIC_CHANNEL_LABEL: Record<TopicChannel, string> = {
  visit: '执委走访',
  mailbox: '主席信箱',
  online: '网上征集',
  council: '妇女议事会',
  other: '其他',
}

/** 执委议事制度 四: 党委政府决策部署的执行情况 and 事关妇女群众的热点难点问题. */
export const TOPIC_CATEGORIES = ['rights', 'family', 'children', 'employment', 'environment', 'safety', 'publicService', 'other'] as const
export const topicCategory = z.enum(TOPIC_CATEGORIES)
export type TopicCategory = z.infer<typeof topicCategory>
export const TOPIC_CATEGORY_LABEL: Record<TopicCategory, string> = {
  rights: '妇女儿童权益',
  family: '家庭家教家风',
  children: '儿童关爱',
  employment: '就业创业',
  environment: '人居环境',
  safety: '平安建设',
  publicService: '公共服务',
  other: '其他',
}

/**
 * The forms a 议事 may take. 附件4 妇联执委议事制度 三: "采取集中议事、现场议事、上门议事、接待议事等灵活多样的形式。"
 * 执委工作手册 六(四): "比如议事微信群、集中议事、现场议事、走访议事、上门议事、群众评事等。"
 * (`online` is the 议事微信群: the code stays, stored meetings carry it.)
 */
export const MEETING_FORMS = ['plenary', 'onSite', 'homeVisit', 'reception', 'online', 'walkabout', 'residentReview'] as const
export type MeetingForm = (typeof MEETING_FORMS)[number]
export const MEETING_FORM_LABEL: Record<MeetingForm, string> = {
  plenary: '集中议事',
  onSite: '现场议事',
  homeVisit: '上门议事',
  reception: '接待议事',
  online: '议事微信群',
  walkabout: '走访议事',
  residentReview: '群众评事',
}
/**
 * The forms that are meetings the federation calls its 执委 to: 000 六(八) counts a member's
 * absence from "同级妇联召集的活动（会议、培训等）", and a 上门、接待 or 走访 议事 or a 议事微信群 is not
 * a meeting she was expected at, so only these count towards "无正当理由连续三次不出席".
 */
export const CONVENED_MEETING_FORMS = ['plenary', 'onSite'] as const satisfies readonly MeetingForm[]

/** A form outside the list is refused by naming the forms she may pick, in Chinese — never the codes. */
export const meetingForm = z.enum(MEETING_FORMS, {
  error: (issue) => (issue.input === undefined ? undefined : `议事形式只能是${MEETING_FORMS.map((form) => MEETING_FORM_LABEL[form]).join('、')}之一`),
})

export const topicState = z.enum(TOPIC_STATES)
export type TopicState = z.infer<typeof topicState>

/** What moves a topic on: the chair's review, the meeting, and carrying out (执委议事制度 六、七). */
export const TOPIC_STEPS = ['accept', 'decline', 'merge', 'schedule', 'decide', 'defer', 'publishFeedback', 'escalate', 'start', 'complete', 'notCarriedOut'] as const
export type TopicStep = (typeof TOPIC_STEPS)[number]
export const TOPIC_STEP_LABEL: Record<TopicStep, string> = {
  accept: '立项',
  decline: '不予立项',
  merge: '合并',
  schedule: '列入议程',
  decide: '记录议定结果',
  defer: '未议，退回待议',
  publishFeedback: '反馈',
  escalate: '上报',
  start: '开始落实',
  complete: '标记已落实',
  notCarriedOut: '标记未落实',
}

/** The lifecycle: state × step → next state. A pair that is not here is refused. */
export const TOPIC_TRANSITIONS: Record<TopicState, Partial<Record<TopicStep, TopicState>>> = {
  submitted: { accept: 'accepted', decline: 'declined', merge: 'merged' },
  pendingReview: { accept: 'accepted', decline: 'declined', merge: 'merged' },
  accepted: { schedule: 'scheduled', merge: 'merged' },
  declined: {},
  merged: {},
  /** a topic on the agenda but not discussed goes back to 已立项 when the meeting is recorded */
  scheduled: { decide: 'decided', defer: 'accepted' },
  decided: { publishFeedback: 'feedbackPublished', escalate: 'escalated', start: 'inProgress', notCarriedOut: 'notCarriedOut' },
  feedbackPublished: { escalate: 'escalated', start: 'inProgress', complete: 'done', notCarriedOut: 'notCarriedOut' },
  escalated: { publishFeedback: 'feedbackPublished', start: 'inProgress', notCarriedOut: 'notCarriedOut' },
  inProgress: { complete: 'done', notCarriedOut: 'notCarriedOut' },
  done: {},
  notCarriedOut: {},
}

/** The next state, or null when the step is not allowed from `state`. */
export function nextTopicState(state: TopicState, step: TopicStep): TopicState | null {
  return TOPIC_TRANSITIONS[state][step] ?? null
}

/** States in which a topic is on the public board (accepted and after; not declined or merged). */
export const PUBLIC_TOPIC_STATES: readonly TopicState[] = ['accepted', 'scheduled', 'decided', 'feedbackPublished', 'escalated', 'inProgress', 'done', 'notCarriedOut']

/**
 * 附件4 妇联执委议事制度 七: "对议事过程中发现的事关全局的重大问题及时向上级妇联和村(社区)“两委”上报" —
 * both destinations, each recorded. A federation with no parent has no 上级妇联 to report to;
 * a 乡镇 / 街道 (or 区县, or “四新”) federation has no 村(社区)“两委” of its own.
 */
export const TOPIC_ESCALATION_TARGETS = ['upperFederation', 'villageCommittee'] as const
export const topicEscalationTarget = z.enum(TOPIC_ESCALATION_TARGETS)
export type TopicEscalationTarget = z.infer<typeof topicEscalationTarget>

/** Levels that sit in a 村 / 社区 (or an 安置点, 柳州 通知 一(七) "安置点“两委”班子") and so have its 两委. */
const LEVELS_WITH_COMMITTEE: readonly OrgLevel[] = ['village', 'community', 'resettlement', 'group', 'microHome']

/** Where a body's 上报 may go: its 上级妇联 when it has a parent, its 两委 when it sits in a 村 / 社区. */
export function escalationTargetsFor(org: { level: OrgLevel; parentId: string | null }): TopicEscalationTarget[] {
  return TOPIC_ESCALATION_TARGETS.filter((target) => (target === 'upperFederation' ? org.parentId !== null : LEVELS_WITH_COMMITTEE.includes(org.level)))
}
export const TOPIC_ESCALATION_TARGET_LABEL: Record<(typeof TOPIC_ESCALATION_TARGETS)[number], string> = {
  upperFederation: '上级妇联',
  villageCommittee: '村(社区)两委',
}

export const ATTENDANCE = ['present', 'excused', 'absent'] as const
export const attendanceStatus = z.enum(ATTENDANCE)

/**
 * A meeting is scheduled until the chair records it (attendance and 一事一记); until then
 * she may change it (another time, place, host, who is asked) or call it off (cancelled).
 */
export const MEETING_STATUSES = ['scheduled', 'recorded', 'cancelled'] as const
export const meetingStatus = z.enum(MEETING_STATUSES)
export type MeetingStatus = z.infer<typeof meetingStatus>

/** 一事一记: per topic, the discussion, the decision, who carries it out and by when. */
export const meetingRecord = z.object({
  topicId: id,
  discussion: z.string(),
  decision: z.string(),
  owner: z.string(),
  dueDate: z.nullable(localDate),
})

export const topicOutcome = z.object({
  feedback: z.string(),
  /** where it was reported (上报): the 上级妇联, the 村(社区)两委, or both; empty until then */
  escalatedTo: z.array(topicEscalationTarget),
  escalationNote: z.string(),
  result: z.string(),
  photos: z.array(z.string()),
  notCarriedReason: z.string(),
})
export type TopicOutcome = z.infer<typeof topicOutcome>

export const topicDoc = z.object({
  ...versionedFields,
  orgId: id,
  /** the org's ancestors when submitted: who may see it once escalated */
  orgAncestorIds: z.array(id),
  state: topicState,
  title: z.string(),
  problem: z.string(),
  proposal: z.string(),
  category: topicCategory,
  channel: topicChannel,
  /** the submitter asked for her name not to be shown publicly */
  anonymous: z.boolean(),
  submitterName: z.string(),
  /** a member entering a topic for a woman she visited: who, in a note */
  onBehalfOf: z.string(),
  submitterOpenid: z.string(),
  /** on the public board (accepted and after) */
  public: z.boolean(),
  publishedAt: z.nullable(instant),
  secondCount: z.number(),
  declineReason: z.string(),
  mergedInto: z.nullable(id),
  meetingId: z.nullable(id),
  record: z.nullable(meetingRecord),
  /** the org the topic was escalated to (the parent federation), if any */
  escalatedToOrgId: z.nullable(id),
  outcome: topicOutcome,
  /** the member's 建议 entry it was submitted from (absent on topics not filed from an entry) */
  dutyEntryId: z.optional(z.nullable(id)),
})
export type TopicDoc = z.infer<typeof topicDoc>

export const meetingDoc = z.object({
  ...versionedFields,
  orgId: id,
  form: meetingForm,
  startsAt: instant,
  place: z.string(),
  host: z.string(),
  invitedMemberIds: z.array(id),
  /** 妇女代表 invited, by name */
  representatives: z.array(z.string()),
  /** 村/社区 书记 or 两委 members, by name */
  guests: z.array(z.string()),
  topicIds: z.array(id),
  status: meetingStatus,
  attendance: z.array(z.object({ memberId: id, status: attendanceStatus })),
  records: z.array(meetingRecord),
  /** why it was called off (cancelled only) */
  cancelReason: z.optional(z.string()),
})
export type MeetingDoc = z.infer<typeof meetingDoc>

export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number]
export const satisfactionLevel = z.enum(SATISFACTION_LEVELS, {
  error: (issue) => (issue.input === undefined ? undefined : `评价只能是${SATISFACTION_LEVELS.map((level) => SATISFACTION_LABEL[level]).join('、')}之一`),
})

/** States whose outcome the residents have been told: the result, the reason it was not carried out, or the feedback. */
export function outcomePublished(topic: { state: TopicState; outcome: { feedback: string } }): boolean {
  if (topic.state === 'done' || topic.state === 'notCarriedOut') return true
  return ['feedbackPublished', 'escalated', 'inProgress'].includes(topic.state) && topic.outcome.feedback !== ''
}

/**
 * One 附议: `_id` is derived from topic and openid, so a second insert is refused. The same
 * document later carries her rating of the outcome (absent until she rates; set once).
 */
export const topicSecondDoc = z.object({
  _id: id,
  topicId: id,
  openid: z.string(),
  createdAt: instant,
  /** the topic's org, written with the rating: the board counts ratings by org */
  orgId: z.optional(id),
  rating: z.optional(satisfactionLevel),
  ratedAt: z.optional(instant),
})
export type TopicSecondDoc = z.infer<typeof topicSecondDoc>
