// topics.advance: after the meeting the chair moves a topic on — feedback published to
// the women (反馈, 执委议事制度 六), escalated to the upper federation and/or the 村(社区) 两委
// (上报, 执委议事制度 七), being carried out, done with the result and photos, or not carried
// out with the reason (亮成效). Public text is checked first; the submitter is told.
import { escalationTargetsFor, TOPIC_ESCALATION_TARGET_LABEL, TOPIC_STATE_LABEL, type OrgDoc, type TopicDoc, type TopicOutcome } from '../../../types'
import { rebuildBoard } from '../../shared/boardDocument'
import { refreshStats, yearOf } from '../../shared/orgStats'
import { AppError } from '../../common/errors'
import type { CtxOf } from '../../common/policy'
import { assertVersion, updateVersioned } from '../../common/writes'
import { checkPublicText } from '../lib/contentGate'
import { stepFrom } from '../lib/lifecycle'
import { notifySubmitter } from '../lib/notifySubmitter'
import { audit } from '../lib/record'
import type { TopicsInput, TopicsOutput } from '../lib/types'
import { chairView } from '../lib/views'

type Input = TopicsInput<'advance'>
type Output = TopicsOutput<'advance'>
type Step = Input['step']

export const HELD_FOR_REVIEW = '内容需要人工审核，暂不能公示，请修改后再提交'

function publicTexts(step: Step): string[] {
  switch (step.kind) {
    case 'publishFeedback':
      return [step.feedback]
    case 'escalate':
      return [step.note]
    case 'complete':
      return [step.result]
    case 'notCarriedOut':
      return [step.reason]
    case 'start':
      return []
  }
}

function changesFor(step: Step, topic: TopicDoc, org: OrgDoc): Partial<TopicDoc> {
  const outcome: TopicOutcome = { ...topic.outcome }
  switch (step.kind) {
    case 'publishFeedback':
      return { outcome: { ...outcome, feedback: step.feedback } }
    case 'escalate': {
      // 附件4 七: "及时向上级妇联和村(社区)“两委”上报" — each destination this body has is recorded;
      // a 街道 at the top is never asked for a 两委 it does not have
      const to = [...new Set(step.to)]
      const possible = escalationTargetsFor(org)
      const wrong = to.find((target) => !possible.includes(target))
      if (wrong) {
        const instead = possible.length ? `，请选择上报${possible.map((t) => TOPIC_ESCALATION_TARGET_LABEL[t]).join('或')}` : ''
        throw new AppError('CONFLICT', `本组织没有${TOPIC_ESCALATION_TARGET_LABEL[wrong]}可以上报${instead}`)
      }
      const escalatedToOrgId = to.includes('upperFederation') ? org.parentId : null
      return { escalatedToOrgId, outcome: { ...outcome, escalatedTo: to, escalationNote: step.note } }
    }
    case 'start':
      return {}
    case 'complete':
      return { outcome: { ...outcome, result: step.result, photos: step.photos } }
    case 'notCarriedOut':
      return { outcome: { ...outcome, notCarriedReason: step.reason } }
  }
}

export async function advance(input: Input, ctx: CtxOf<'topics.advance'>): Promise<Output> {
  const { access } = ctx
  const topic = access.doc
  assertVersion(topic, input.version)
  const state = stepFrom(topic, input.step.kind)
  const fields = { ...changesFor(input.step, topic, access.org), state }
  const texts = publicTexts(input.step)
  if (texts.length > 0 && (await checkPublicText(ctx, texts)) === 'review') throw new AppError('CONTENT_REJECTED', HELD_FOR_REVIEW)
  const saved = await updateVersioned(ctx, 'topics', topic, input.version, fields)
  await audit(ctx, {
    action: 'advance',
    orgId: topic.orgId,
    actorName: access.actorName,
    target: { collection: 'topics', id: topic._id },
    summary: `议题 ${topic.title}：${TOPIC_STATE_LABEL[topic.state]} → ${TOPIC_STATE_LABEL[state]}`,
    changes: [{ field: 'state', before: topic.state, after: state }],
  })
  await rebuildBoard(ctx.store, topic.orgId, ctx.clock.now())
  await refreshStats(ctx.store, access.org, ctx.clock.now(), ['topics'], [yearOf(new Date(topic.createdAt))])
  await notifySubmitter(ctx, saved, state)
  return { topic: chairView(saved, ctx) }
}
