// topics.advance: 反馈, 上报 (to the parent federation, whose chair then sees it), 落实中,
// 已落实 with result and photos, 未落实 with the reason. Every (state, step) pair goes
// through the handler; outcome text is checked; each step is audited and notified.
import { HELD_FOR_REVIEW } from '../../../cloudfunctions/topics/handlers/advance'
import { TOPIC_STATES, type AuditDoc, type OutboxDoc } from '../../../types'
import type { ActionInput } from '../../../types/contracts'
import type { TestServices } from '../../fixtures/services'
import { snapshotStore } from '../../fixtures/snapshot'
import { REVIEW_WORD, RISKY_WORD, topicIn, topicServices } from './fixtures/topicsTree'
import { createCaller, dataOf, type Who } from '../../fixtures/caller'

let services: TestServices
const topicsAs = (who: Who) => createCaller('topics', services, who)
beforeEach(async () => {
  services = await topicServices()
})

type Step = ActionInput<'topics', 'advance'>['step']
const advance = (step: Step, topicId = 't1', version = 1, who: Who = 'chair') => topicsAs(who).reply('advance', { topicId, version, step })

const STEPS = {
  publishFeedback: { kind: 'publishFeedback', feedback: '社区已同意在服务中心二楼设母婴室，12 月底前完成。' },
  escalate: { kind: 'escalate', to: ['upperFederation'], note: '需街道协调场地经费' },
  start: { kind: 'start' },
  complete: { kind: 'complete', result: '母婴室已建成开放', photos: ['/files/topics/room.jpg'] },
  notCarriedOut: { kind: 'notCarriedOut', reason: '场地被征用，暂无替代房间' },
} satisfies Record<string, Step>

const ALLOWED: Record<string, string[]> = {
  decided: ['publishFeedback', 'escalate', 'start', 'notCarriedOut'],
  feedbackPublished: ['escalate', 'start', 'complete', 'notCarriedOut'],
  escalated: ['publishFeedback', 'start', 'notCarriedOut'],
  inProgress: ['complete', 'notCarriedOut'],
}
const pairs = TOPIC_STATES.flatMap((state) => Object.keys(STEPS).map((step) => [state, step, (ALLOWED[state] ?? []).includes(step)] as const))

test.each(pairs)('from %s, %s → allowed: %s', async (state, step, allowed) => {
  await services.store.insert('topics', topicIn('t1', state))
  const before = await snapshotStore(services.store)
  const reply = await advance(STEPS[step as keyof typeof STEPS])
  if (allowed) return expect(reply).toMatchObject({ ok: true })
  expect(reply).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/^议题当前为“.+”，不能/) } })
  expect((await snapshotStore(services.store)).topics).toEqual(before.topics)
})

test('feedback is published to everybody, audited, and the submitter is told in neutral words', async () => {
  await services.store.insert('topics', topicIn('t1', 'decided'))
  await dataOf(advance(STEPS.publishFeedback))
  const seen = await topicsAs('anonymous').get({ topicId: 't1' })
  expect(seen.topic).toMatchObject({ state: 'feedbackPublished', outcome: { feedback: STEPS.publishFeedback.feedback } })
  expect(await services.store.find<AuditDoc>('audit', { action: 'advance' })).toEqual([expect.objectContaining({ summary: '议题 议题t1：已议定 → 已反馈', actorName: '李主席' })])
  expect(await services.store.find<OutboxDoc>('outbox', {})).toEqual([expect.objectContaining({ openid: 'oid-resident', data: { thing: '议题：议题t1', phrase: '已反馈' } })])
})

test('escalated to the upper federation, the topic appears in the 街道 chair’s list and she can carry it on', async () => {
  await services.store.insert('topics', topicIn('t1', 'decided'))
  const { topic } = await dataOf(advance(STEPS.escalate))
  expect(topic).toMatchObject({ state: 'escalated', escalatedToOrgId: 'street', outcome: { escalatedTo: ['upperFederation'], escalationNote: '需街道协调场地经费' } })
  const list = await topicsAs('ancestorChair').listForChair({ orgId: 'street', scope: 'escalated' })
  expect(list.topics.map((t) => t._id)).toEqual(['t1'])
  expect(await advance(STEPS.start, 't1', 2, 'ancestorChair')).toMatchObject({ ok: true, data: { topic: { state: 'inProgress' } } })
})

test('escalating to the 两委 names no federation', async () => {
  await services.store.insert('topics', topicIn('t1', 'decided'))
  const { topic } = await dataOf(advance({ kind: 'escalate', to: ['villageCommittee'], note: '涉及小区公共用房' }))
  expect(topic).toMatchObject({ escalatedToOrgId: null, outcome: { escalatedTo: ['villageCommittee'] } })
})

test('附件4 七 "及时向上级妇联和村(社区)“两委”上报": a 社区 records both destinations, and the 街道 chair sees it', async () => {
  await services.store.insert('topics', topicIn('t1', 'decided'))
  const { topic } = await dataOf(advance({ kind: 'escalate', to: ['upperFederation', 'villageCommittee'], note: '需街道协调，社区两委落实场地' }))
  expect(topic).toMatchObject({ escalatedToOrgId: 'street', outcome: { escalatedTo: ['upperFederation', 'villageCommittee'] } })
  expect((await topicsAs('ancestorChair').listForChair({ orgId: 'street', scope: 'escalated' })).topics.map((t) => t._id)).toEqual(['t1'])
})

test('a 街道 at the top is never asked to 上报村(社区)两委: it has neither destination, and the reason says so', async () => {
  await services.store.insert('topics', topicIn('s1', 'decided', { orgId: 'street', orgAncestorIds: [] }))
  const upward = await advance(STEPS.escalate, 's1', 1, 'ancestorChair')
  expect(upward).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '本组织没有上级妇联可以上报' } })
  const committee = await advance({ kind: 'escalate', to: ['villageCommittee'], note: '涉及两委' }, 's1', 1, 'ancestorChair')
  expect(committee).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '本组织没有村(社区)两委可以上报' } })
  for (const reply of [upward, committee]) expect(JSON.stringify(reply)).not.toContain('请选择上报村(社区)两委')
})

test('done keeps the result and photos on the public topic', async () => {
  await services.store.insert('topics', topicIn('t1', 'inProgress'))
  await dataOf(advance(STEPS.complete))
  const seen = await topicsAs('member').get({ topicId: 't1' })
  expect(seen.topic).toMatchObject({ state: 'done', outcome: { result: '母婴室已建成开放', photos: ['/files/topics/room.jpg'] } })
})

test.each([
  [`反馈里有${RISKY_WORD}内容`, 'CONTENT_REJECTED', '内容含有不适宜公开的信息，请修改后再提交'],
  [`反馈需要${REVIEW_WORD}看`, 'CONTENT_REJECTED', HELD_FOR_REVIEW],
])('outcome text %s is refused (%s) and nothing changes', async (feedback, code, message) => {
  await services.store.insert('topics', topicIn('t1', 'decided'))
  const before = await snapshotStore(services.store)
  expect(await advance({ kind: 'publishFeedback', feedback })).toMatchObject({ ok: false, error: { code, message } })
  expect(await snapshotStore(services.store)).toEqual(before)
})

test('when the check service fails the feedback is not published', async () => {
  await services.store.insert('topics', topicIn('t1', 'decided'))
  services.ports = { ...services.ports, contentCheck: { ...services.ports.contentCheck, text: () => Promise.reject(new Error('timeout')) } }
  expect(await advance(STEPS.publishFeedback)).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('内容安全检查暂时不可用') } })
  expect((await services.store.getById('topics', 't1'))?.state).toBe('decided')
})

test('a notification that cannot be sent does not undo the step', async () => {
  await services.store.insert('topics', topicIn('t1', 'decided'))
  await createCaller('org', services, 'resident').reply('subscribe', { templates: ['topicProgress'] })
  services.ports = { ...services.ports, notify: { unavailable: () => null, send: () => Promise.reject(new Error('subscribeMessage.send failed with errCode 47003')) } }
  expect(await advance(STEPS.start)).toMatchObject({ ok: true, data: { topic: { state: 'inProgress' } } })
  expect(services.errors.join('\n')).toContain('notification not sent')
})

test('a stale version is CONFLICT; a member may not advance', async () => {
  await services.store.insert('topics', topicIn('t1', 'decided', { version: 2 }))
  expect(await advance(STEPS.start, 't1', 1)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  expect(await advance(STEPS.start, 't1', 2, 'member')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})
