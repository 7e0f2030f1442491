// topics.submit: a resident or member puts a topic to her federation (议题征集, 执委议事制度
// 五). The text is checked first: risky is refused, review is held for the chair
// (内容审核中) and shown to nobody but her. A retried submit (same requestId) answers
// with the first topic; submits are rate-limited per WeChat user (POLICY: a retry takes
// no slot, a refused text keeps the one it took). The federation's chairs are told a
// topic waits for them. A member's 建议 entry (执委履职) may be submitted as the topic on the
// women's behalf: the entry is checked first and records the topic once it is made.
import type { DutyEntryDoc, TopicDoc } from '../../../types'
import type { CtxOf } from '../../common/policy'
import { TOPIC_SUBMITS } from '../../common/rateLimit'
import { invalid } from '../../common/invalid'
import { earlierCreate, insertOnce, newId, stamp } from '../../common/writes'
import { addNewTopic, partMark, refreshStats, yearOf } from '../../shared/orgStats'
import { claimDutyEntry, linkDutyEntry } from '../../shared/duty/links'
import { checkPublicText } from '../lib/contentGate'
import { notifyChairsOfTopic } from '../lib/notifyChairs'
import { notifySubmitter } from '../lib/notifySubmitter'
import { emptyOutcome } from '../lib/outcome'
import { audit } from '../lib/record'
import type { TopicsInput, TopicsOutput } from '../lib/types'
import { chairView } from '../lib/views'

type Input = TopicsInput<'submit'>
type Output = TopicsOutput<'submit'>

export const SUBMIT_LIMITED = TOPIC_SUBMITS.refusal
const LINKED_BY = { fn: 'topics', action: 'submit' }

export async function submit(input: Input, ctx: CtxOf<'topics.submit'>): Promise<Output> {
  const { access } = ctx
  const openid = ctx.caller.openid as string
  const id = newId(ctx, 'topics.submit', input.orgId)
  const earlier = await earlierCreate<TopicDoc>(ctx, 'topics', id)
  if (earlier) {
    // what a first delivery cut off after keeping the topic left undone
    const from = earlier.dutyEntryId ? await ctx.store.getById<DutyEntryDoc>('duty_entries', earlier.dutyEntryId) : null
    await announce(ctx, earlier, from, true)
    return { topic: chairView(earlier, ctx) }
  }
  const entry = input.dutyEntryId ? await claimDutyEntry(ctx, access, input.dutyEntryId, 'topicId') : null
  if (entry && input.channel !== 'visit') throw invalid('channel', '从履职记录提交的议题，来源是执委走访')
  await ctx.limit.take()
  const verdict = await checkPublicText(ctx, [input.title, input.problem, input.proposal])
  const doc: TopicDoc = {
    ...stamp(ctx, id),
    orgId: access.org._id,
    orgAncestorIds: access.org.ancestorIds,
    state: verdict === 'review' ? 'pendingReview' : 'submitted',
    title: input.title,
    problem: input.problem,
    proposal: input.proposal,
    category: input.category,
    channel: input.channel,
    anonymous: input.anonymous,
    submitterName: input.name,
    onBehalfOf: access.standing.membership ? input.onBehalfOf : '',
    submitterOpenid: openid,
    public: false,
    publishedAt: null,
    secondCount: 0,
    declineReason: '',
    mergedInto: null,
    meetingId: null,
    record: null,
    escalatedToOrgId: null,
    outcome: emptyOutcome(),
    dutyEntryId: entry?._id ?? null,
  }
  // the figures' marks before the topic is kept: its add is made only if no recount came since
  const mark = await partMark(ctx.store, access.org._id, yearOf(new Date(doc.createdAt)), 'topics')
  const { doc: saved, created } = await insertOnce(ctx, 'topics', doc)
  if (!created) {
    // another delivery of this request stored it first: one topic, one slot (and the figures recounted, as a retry does)
    await ctx.limit.giveBack()
    await refreshStats(ctx.store, access.org, ctx.clock.now(), ['topics'], [yearOf(new Date(saved.createdAt))])
    return { topic: chairView(saved, ctx) }
  }
  // the view from above counts it: the new topic adds itself
  await addNewTopic(ctx.store, access.org, saved, ctx.clock.now(), mark)
  await announce(ctx, saved, entry, false)
  return { topic: chairView(saved, ctx) }
}

/**
 * What follows keeping a topic: the audit line, the link on the member's 建议 entry it came from,
 * the submitter and the chairs told. A retry of the submit (`retried`) does each again, at most
 * once for the topic, so a first delivery cut off after the topic was kept still reaches them,
 * and recounts the figures whole, for a first delivery cut off before the topic added itself.
 * Once the chair has taken the topic up (its version moved on), a late retry tells no one.
 */
async function announce(ctx: CtxOf<'topics.submit'>, topic: TopicDoc, entry: DutyEntryDoc | null, retried: boolean): Promise<void> {
  const { access } = ctx
  if (retried) await refreshStats(ctx.store, access.org, ctx.clock.now(), ['topics'], [yearOf(new Date(topic.createdAt))])
  const once = `topics.submit ${topic._id}`
  const summary = `提交了议题 ${topic.title}`
  await audit(ctx, { action: 'submit', orgId: topic.orgId, actorName: access.actorName, target: { collection: 'topics', id: topic._id }, summary, once })
  if (entry) await linkDutyEntry(ctx, LINKED_BY, access, entry, 'topicId', topic._id)
  if (topic.version !== 1) return
  await notifySubmitter(ctx, topic, topic.state, once)
  await notifyChairsOfTopic(ctx, topic, once)
}
