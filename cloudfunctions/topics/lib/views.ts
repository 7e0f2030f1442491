// What a caller sees of a topic: the public view hides an anonymous submitter's name
// (but not from herself), and no view ever carries an openid.
import type { ChairTopicView, TopicDoc, TopicView } from '../../../types'
import type { Ctx } from '../../common/context'

export function publicView(topic: TopicDoc, ctx: Ctx, seconded: boolean): TopicView {
  const mine = ctx.caller.openid !== null && ctx.caller.openid === topic.submitterOpenid
  return {
    _id: topic._id,
    version: topic.version,
    createdAt: topic.createdAt,
    updatedAt: topic.updatedAt,
    orgId: topic.orgId,
    state: topic.state,
    title: topic.title,
    problem: topic.problem,
    proposal: topic.proposal,
    category: topic.category,
    channel: topic.channel,
    anonymous: topic.anonymous,
    public: topic.public,
    publishedAt: topic.publishedAt,
    secondCount: topic.secondCount,
    declineReason: topic.declineReason,
    mergedInto: topic.mergedInto,
    meetingId: topic.meetingId,
    record: topic.record,
    outcome: topic.outcome,
    submitterName: topic.anonymous && !mine ? null : topic.submitterName,
    mine,
    seconded,
  }
}

export function chairView(topic: TopicDoc, ctx: Ctx, seconded = false): ChairTopicView {
  return { ...publicView(topic, ctx, seconded), submitterName: topic.submitterName, onBehalfOf: topic.onBehalfOf, escalatedToOrgId: topic.escalatedToOrgId }
}
