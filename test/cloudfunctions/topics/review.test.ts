// topics.review: accept (立项: on the public board), decline with a reason the submitter
// sees, merge into an accepted topic. Every (state, review step) pair goes through the
// handler; a stale version is CONFLICT; each step is audited and notified.
import { TOPIC_STATES, type AuditDoc, type OutboxDoc } from '../../../types'
import type { ActionInput } from '../../../types/contracts'
import type { TestServices } from '../../fixtures/services'
import { snapshotStore } from '../../fixtures/snapshot'
import { topicIn, topicServices } from './fixtures/topicsTree'
import { createCaller, dataOf, type Who } from '../../fixtures/caller'

let services: TestServices
const topicsAs = (who: Who) => createCaller('topics', services, who)
beforeEach(async () => {
  services = await topicServices()
})

const review = (topicId: string, decision: ActionInput<'topics', 'review'>['decision'], version = 1, who: Who = 'chair') =>
  topicsAs(who).reply('review', { topicId, version, decision })

test('accepting puts the topic on the public board, audited under the chair’s name, and tells the submitter', async () => {
  await services.store.insert('topics', topicIn('t1', 'submitted'))
  const { topic } = await dataOf(review('t1', { kind: 'accept' }))
  expect(topic).toMatchObject({ state: 'accepted', public: true, publishedAt: '2026-11-23T02:00:00.000Z', version: 2 })
  const listed = await topicsAs('anonymous').listPublic({ orgId: 'comm' })
  expect(listed.topics.map((t) => t._id)).toEqual(['t1'])
  const [entry] = await services.store.find<AuditDoc>('audit', { action: 'review' })
  expect(entry).toMatchObject({ actorName: '李主席', summary: '立项了议题 议题t1', changes: [{ field: 'state', before: 'submitted', after: 'accepted' }] })
  expect(await services.store.find<OutboxDoc>('outbox', {})).toEqual([expect.objectContaining({ openid: 'oid-resident', data: { thing: '议题：议题t1', phrase: '已立项' } })])
})

test('a declined topic stays off the board; the submitter sees the reason', async () => {
  await services.store.insert('topics', topicIn('t1', 'pendingReview'))
  await dataOf(review('t1', { kind: 'decline', reason: '属于物业合同纠纷，已转社区调解' }))
  const own = await topicsAs('resident').get({ topicId: 't1' })
  expect(own.topic).toMatchObject({ state: 'declined', public: false, declineReason: '属于物业合同纠纷，已转社区调解' })
  expect(await topicsAs('member').reply('get', { topicId: 't1' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
})

test('merging points the topic at the accepted one it joins; the submitter is told which', async () => {
  await services.store.insert('topics', topicIn('t1', 'submitted'))
  await services.store.insert('topics', topicIn('t2', 'accepted', { title: '母婴室建设' }))
  await dataOf(review('t1', { kind: 'merge', intoTopicId: 't2' }))
  const own = await topicsAs('resident').get({ topicId: 't1' })
  expect(own.topic).toMatchObject({ state: 'merged', mergedInto: 't2' })
})

test.each([
  ['itself', 't1', 'CONFLICT'],
  ['a topic not yet accepted', 't3', 'CONFLICT'],
  ['a topic of another federation', 'o1', 'NOT_FOUND'],
  ['no topic', 'nope', 'NOT_FOUND'],
])('merging into %s is refused (%s → %s) and changes nothing', async (_what, into, code) => {
  await services.store.insert('topics', topicIn('t1', 'submitted'))
  await services.store.insert('topics', topicIn('t3', 'submitted'))
  await services.store.insert('topics', topicIn('o1', 'accepted', { orgId: 'other' }))
  const before = await snapshotStore(services.store)
  expect(await review('t1', { kind: 'merge', intoTopicId: into })).toMatchObject({ ok: false, error: { code } })
  const after = await snapshotStore(services.store)
  expect(after.topics).toEqual(before.topics)
})

test('a stale version is CONFLICT and nothing is written', async () => {
  await services.store.insert('topics', topicIn('t1', 'submitted', { version: 3 }))
  expect(await review('t1', { kind: 'accept' }, 2)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这条记录刚被别人修改过，请刷新后再改' } })
  expect((await services.store.getById('topics', 't1'))?.state).toBe('submitted')
})

const REVIEWABLE = ['submitted', 'pendingReview']
const pairs = TOPIC_STATES.flatMap((state) => (['accept', 'decline', 'merge'] as const).map((kind) => [state, kind] as const))

test.each(pairs)('review from %s by %s: allowed only from 待审核/内容审核中 (merge also from 已立项)', async (state, kind) => {
  await services.store.insert('topics', topicIn('t1', state))
  await services.store.insert('topics', topicIn('target', 'accepted'))
  const decision = kind === 'accept' ? { kind } : kind === 'decline' ? { kind, reason: '不属于妇联职责' } : { kind, intoTopicId: 'target' }
  const reply = await review('t1', decision)
  const allowed = REVIEWABLE.includes(state) || (state === 'accepted' && kind === 'merge')
  if (allowed) expect(reply).toMatchObject({ ok: true })
  else expect(reply).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('议题当前为') } })
})

test('a plain member or the chair of another federation may not review', async () => {
  await services.store.insert('topics', topicIn('t1', 'submitted'))
  expect(await review('t1', { kind: 'accept' }, 1, 'member')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(await review('t1', { kind: 'accept' }, 1, 'unrelatedChair')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(await review('t1', { kind: 'accept' }, 1, 'ancestorChair')).toMatchObject({ ok: true })
})
