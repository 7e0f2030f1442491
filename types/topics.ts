// The `topics` function (议事): residents and members submit topics and second them,
// the chair reviews, schedules meetings, records them (一事一记) and moves each topic
// on to its published outcome. Views never carry an openid; an anonymous submitter's
// name is only in the chair's view.
import * as z from 'zod/mini'
import { id, instant, localDate, optionalTextBlock, optionalTextField, pageCursor, pageLimit, seenVersion, textBlock, textField } from './common'
import { imageRef } from './org'
import { attendanceStatus, topicEscalationTarget, meetingDoc, meetingForm, meetingStatus, satisfactionLevel, topicCategory, topicChannel, topicDoc, topicState } from './topicModel'

/** A topic as the public (and its submitter) sees it. */
export const topicView = z.object({
  ...z.pick(topicDoc, {
    _id: true,
    version: true,
    createdAt: true,
    updatedAt: true,
    orgId: true,
    state: true,
    title: true,
    problem: true,
    proposal: true,
    category: true,
    channel: true,
    anonymous: true,
    public: true,
    publishedAt: true,
    secondCount: true,
    declineReason: true,
    mergedInto: true,
    meetingId: true,
    record: true,
    outcome: true,
  }).shape,
  /** null when she asked not to be named (the chair's view always has it) */
  submitterName: z.nullable(z.string()),
  /** the caller submitted it */
  mine: z.boolean(),
  /** the caller has seconded it */
  seconded: z.boolean(),
  /** the form of the 议事 that took it up, e.g. 走访议事 (topics.get only; null: none yet) */
  meetingForm: z.optional(z.nullable(meetingForm)),
  /** the caller's rating of its outcome (topics.get only; null: not rated) */
  myRating: z.optional(z.nullable(satisfactionLevel)),
})
export type TopicView = z.infer<typeof topicView>
/** The chair's view adds who entered it on whose behalf. */
export const chairTopicView = z.object({ ...topicView.shape, onBehalfOf: z.string(), escalatedToOrgId: z.nullable(id) })
export type ChairTopicView = z.infer<typeof chairTopicView>

// ---- topics.submit ----
export const submitTopicInput = z.strictObject({
  orgId: id,
  title: textField(4, 40, '议题标题'),
  problem: textBlock(10, 1000, '问题描述'),
  proposal: optionalTextBlock(1000, '建议'),
  category: topicCategory,
  channel: topicChannel,
  /** how she is named: 称呼 */
  name: textField(1, 20, '称呼'),
  anonymous: z.boolean(),
  /** a member entering a topic for a woman she visited */
  onBehalfOf: optionalTextField(60, '代提交说明'),
  /** a member's own 建议 entry (执委履职) the topic comes from: the entry records the topic (links.topicId) */
  dutyEntryId: z.optional(id),
})
export const submitTopicOutput = z.object({ topic: chairTopicView })

// ---- topics.review ----
export const reviewTopicInput = z.strictObject({
  topicId: id,
  version: seenVersion,
  decision: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('accept') }),
    z.strictObject({ kind: z.literal('decline'), reason: textBlock(2, 200, '不予立项的理由') }),
    z.strictObject({ kind: z.literal('merge'), intoTopicId: id }),
  ]),
})
export const reviewTopicOutput = z.object({ topic: chairTopicView })

// ---- topics.second (附议) ----
export const secondTopicInput = z.strictObject({ topicId: id })
export const secondTopicOutput = z.object({ secondCount: z.number(), seconded: z.literal(true) })

// ---- topics.rateOutcome (群众满意度): a resident who seconded it rates the published outcome, once ----
export const rateOutcomeInput = z.strictObject({ topicId: id, rating: satisfactionLevel })
export const rateOutcomeOutput = z.object({ rating: satisfactionLevel, ratedAt: instant })

// ---- topics.listPublic / listForChair / get ----
export const listPublicTopicsInput = z.strictObject({ orgId: id, cursor: z.optional(pageCursor), limit: pageLimit })
export const listPublicTopicsOutput = z.object({ topics: z.array(topicView), nextCursor: z.nullable(pageCursor) })
export const listTopicsForChairInput = z.strictObject({
  orgId: id,
  /** own: the org's topics; escalated: topics its children escalated to it */
  scope: z.enum(['own', 'escalated']),
  state: z.optional(topicState),
  cursor: z.optional(pageCursor),
  limit: pageLimit,
})
export const listTopicsForChairOutput = z.object({ topics: z.array(chairTopicView), nextCursor: z.nullable(pageCursor) })
export const getTopicInput = z.strictObject({ topicId: id })
export const getTopicOutput = z.object({ topic: z.union([chairTopicView, topicView]) })

// ---- topics.mine: the caller's own topics (我提的议题), every state, newest first ----
export const myTopicsInput = z.strictObject({ cursor: z.optional(pageCursor), limit: pageLimit })
export const myTopicsOutput = z.object({ topics: z.array(topicView), nextCursor: z.nullable(pageCursor) })

// ---- topics.getMeeting: one meeting with its agenda, for recording it on any phone ----
export const getMeetingInput = z.strictObject({ meetingId: id })
export const getMeetingOutput = z.object({ meeting: meetingDoc, topics: z.array(chairTopicView) })

// ---- topics.listMeetings: an org's meetings, still to be recorded (earliest first) or recorded (latest first) ----
export const listMeetingsInput = z.strictObject({ orgId: id, status: meetingStatus, cursor: z.optional(pageCursor), limit: pageLimit })
export const meetingListItem = z.object({ ...meetingDoc.shape, topicTitles: z.array(z.string()) })
export type MeetingListItem = z.infer<typeof meetingListItem>
export const listMeetingsOutput = z.object({ meetings: z.array(meetingListItem), nextCursor: z.nullable(pageCursor) })

// ---- topics.scheduleMeeting ----
/** What the chair sets about a meeting, when she calls it and whenever she changes it. */
const meetingArrangements = {
  form: meetingForm,
  startsAt: instant,
  place: textField(1, 60, '地点'),
  host: textField(1, 20, '主持人'),
  invitedMemberIds: z.array(id).check(z.maxLength(60)),
  representatives: z.array(textField(1, 20, '妇女代表姓名')).check(z.maxLength(60)),
  guests: z.array(textField(1, 30, '列席人员')).check(z.maxLength(20)),
}
export const scheduleMeetingInput = z.strictObject({
  orgId: id,
  ...meetingArrangements,
  topicIds: z.array(id).check(z.minLength(1, { error: '至少列入一个议题' }), z.maxLength(20)),
})
export const meetingOutput = z.object({ meeting: meetingDoc })

// ---- topics.updateMeeting: another time (改期), place, host or who is asked; the agenda stays ----
export const updateMeetingInput = z.strictObject({ meetingId: id, version: seenVersion, ...meetingArrangements })

// ---- topics.cancelMeeting: the meeting is called off; its agenda goes back to 已立项 ----
export const cancelMeetingInput = z.strictObject({ meetingId: id, version: seenVersion, reason: textBlock(2, 200, '取消的原因') })

// ---- topics.recordMeeting: attendance and 一事一记 ----
export const recordMeetingInput = z.strictObject({
  meetingId: id,
  version: seenVersion,
  attendance: z.array(z.strictObject({ memberId: id, status: attendanceStatus })).check(z.maxLength(100)),
  records: z
    .array(
      z.strictObject({
        topicId: id,
        discussion: textBlock(2, 1000, '议事情况'),
        decision: textBlock(2, 500, '议定事项'),
        owner: textField(1, 40, '落实责任人'),
        dueDate: z.nullable(localDate),
      }),
    )
    .check(z.minLength(1, { error: '请至少记录一个议题' }), z.maxLength(20)),
})

// ---- topics.advance: 反馈, 上报, 落实 ----
export const advanceTopicInput = z.strictObject({
  topicId: id,
  version: seenVersion,
  step: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('publishFeedback'), feedback: textBlock(2, 1000, '反馈内容') }),
    z.strictObject({
      kind: z.literal('escalate'),
      /** 附件4 七: to the 上级妇联 and the 村(社区)“两委” — one or both */
      to: z.array(topicEscalationTarget).check(z.minLength(1, { error: '请选择上报给谁' }), z.maxLength(2)),
      note: textBlock(2, 500, '上报说明'),
    }),
    z.strictObject({ kind: z.literal('start') }),
    z.strictObject({ kind: z.literal('complete'), result: textBlock(2, 1000, '落实结果'), photos: z.array(imageRef).check(z.maxLength(9, { error: '最多 9 张照片' })) }),
    z.strictObject({ kind: z.literal('notCarriedOut'), reason: textBlock(2, 500, '未落实的原因') }),
  ]),
})
export const advanceTopicOutput = z.object({ topic: chairTopicView })

export const topicsContract = {
  submit: { input: submitTopicInput, output: submitTopicOutput },
  review: { input: reviewTopicInput, output: reviewTopicOutput },
  second: { input: secondTopicInput, output: secondTopicOutput },
  rateOutcome: { input: rateOutcomeInput, output: rateOutcomeOutput },
  listPublic: { input: listPublicTopicsInput, output: listPublicTopicsOutput },
  listForChair: { input: listTopicsForChairInput, output: listTopicsForChairOutput },
  get: { input: getTopicInput, output: getTopicOutput },
  mine: { input: myTopicsInput, output: myTopicsOutput },
  getMeeting: { input: getMeetingInput, output: getMeetingOutput },
  listMeetings: { input: listMeetingsInput, output: listMeetingsOutput },
  scheduleMeeting: { input: scheduleMeetingInput, output: meetingOutput },
  updateMeeting: { input: updateMeetingInput, output: meetingOutput },
  cancelMeeting: { input: cancelMeetingInput, output: meetingOutput },
  recordMeeting: { input: recordMeetingInput, output: meetingOutput },
  advance: { input: advanceTopicInput, output: advanceTopicOutput },
} as const
