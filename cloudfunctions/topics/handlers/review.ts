// topics.review: the chair accepts a topic (立项: it goes on the public board), declines
// it with a reason the submitter sees, or merges it into another open topic of the same
// federation (the submitter is told which). Pending text is the chair's to judge. A topic
// filed from a member's 建议 entry counts as 已立项 in the 履职 counts while it stays accepted.
import type { DutyEntryDoc, TopicDoc, TopicState, TopicStep } from '../../../types'
import { rebuildBoard } from '../../shared/boardDocument'
import { refreshStats, yearOf } from '../../shared/orgStats'
import { countAccepted } from '../../shared/duty/counts'
import type { Ctx, OrgAccess } from '../../common/context'
import { AppError } from '../../common/errors'
import type { CtxOf } from '../../common/policy'
import { assertVersion, updateVersioned } from '../../common/writes'
import { stepFrom } from '../lib/lifecycle'
import { notifySubmitter } from '../lib/notifySubmitter'
import { audit } from '../lib/record'
import type { TopicsInput, TopicsOutput } from '../lib/types'
import { chairView } from '../lib/views'

type Input = TopicsInput<'review'>
type Output = TopicsOutput<'review'>

async function mergeTarget(ctx: Ctx, topic: TopicDoc, intoTopicId: string): Promise<TopicDoc> {
  if (intoTopicId === topic._id) throw new AppError('CONFLICT', '不能把议题合并到它自己')
  const target = await ctx.store.getById<TopicDoc>('topics', intoTopicId)
  if (!target || target.orgId !== topic.orgId) throw new AppError('NOT_FOUND', '没有找到要合并到的议题')
  if (!target.public) throw new AppError('CONFLICT', '只能合并到已立项的议题')
  return target
}

async function changesFor(ctx: Ctx, topic: TopicDoc, decision: Input['decision']): Promise<{ fields: Partial<TopicDoc>; summary: string }> {
  const now = ctx.clock.now().toISOString()
  switch (decision.kind) {
    case 'accept':
      return { fields: { public: true, publishedAt: now }, summary: `立项了议题 ${topic.title}` }
    case 'decline':
      return { fields: { declineReason: decision.reason }, summary: `未立项议题 ${topic.title}：${decision.reason}` }
    case 'merge': {
      const target = await mergeTarget(ctx, topic, decision.intoTopicId)
      return { fields: { mergedInto: target._id, public: false }, summary: `把议题 ${topic.title} 合并到 ${target.title}` }
    }
  }
}

/**
 * 已立项 of the 履职 counts (002 第七条 亮成效: “工作活动开展后，及时公布成效及群众满意度。”): a topic
 * filed from a 建议 entry adds one when accepted, and takes it back when an accepted topic is
 * merged into another (the only way the lifecycle takes an accepted topic off the board).
 */
async function countProposal(ctx: Ctx, org: OrgAccess['org'], topic: TopicDoc, saved: TopicDoc): Promise<void> {
  if (!topic.dutyEntryId || topic.public === saved.public) return
  const entry = await ctx.store.getById<DutyEntryDoc>('duty_entries', topic.dutyEntryId)
  if (entry) await countAccepted(ctx.store, org, entry.date, saved.public ? 1 : -1)
}

export async function review(input: Input, ctx: CtxOf<'topics.review'>): Promise<Output> {
  const { access } = ctx
  const topic = access.doc
  assertVersion(topic, input.version)
  const state: TopicState = stepFrom(topic, input.decision.kind satisfies TopicStep)
  const { fields, summary } = await changesFor(ctx, topic, input.decision)
  const saved = await updateVersioned(ctx, 'topics', topic, input.version, { ...fields, state })
  await audit(ctx, {
    action: 'review',
    orgId: topic.orgId,
    actorName: access.actorName,
    target: { collection: 'topics', id: topic._id },
    summary,
    changes: [{ field: 'state', before: topic.state, after: state }],
  })
  await countProposal(ctx, access.org, topic, saved)
  if (topic.public || saved.public) await rebuildBoard(ctx.store, topic.orgId, ctx.clock.now())
  await refreshStats(ctx.store, access.org, ctx.clock.now(), ['topics'], [yearOf(new Date(topic.createdAt))])
  await notifySubmitter(ctx, saved, state)
  return { topic: chairView(saved, ctx) }
}
