// topics.submit: a resident or member submits; the text is checked (pass, review held
// for the chair, risky refused, check service down → nothing stored); a retry with the
// same requestId makes one topic; anonymous names stay with the chair; every submit is
// audited, the submitter notified and the chairs told one waits; submits are rate-limited
// per WeChat user.
import { SUBMIT_LIMITED } from '../../../cloudfunctions/topics/handlers/submit'
import type { AuditDoc, OutboxDoc, TopicDoc } from '../../../types'
import type { ActionInput } from '../../../types/contracts'
import { cutOffOnce } from '../../fixtures/cutOff'
import type { TestServices } from '../../fixtures/services'
import { snapshotStore } from '../../fixtures/snapshot'
import { REVIEW_WORD, RISKY_WORD, SUBMISSION, topicServices } from './fixtures/topicsTree'
import { createCaller, dataOf, type Who } from '../../fixtures/caller'

let services: TestServices
const topicsAs = (who: Who) => createCaller('topics', services, who)
beforeEach(async () => {
  services = await topicServices()
})

const submit = (payload: ActionInput<'topics', 'submit'> = SUBMISSION, who: Who = 'resident', requestId?: string) => topicsAs(who).reply('submit', payload, requestId)

test('a resident submits a topic: stored as 待审核, not public, audited, and she is notified', async () => {
  const { topic } = await dataOf(submit())
  expect(topic).toMatchObject({ state: 'submitted', public: false, title: '小区增设母婴室', submitterName: '林女士', mine: true, secondCount: 0 })
  expect(topic).not.toHaveProperty('submitterOpenid')
  const audit = await services.store.find<AuditDoc>('audit', { fn: 'topics', action: 'submit' })
  expect(audit).toHaveLength(1)
  expect(audit[0].summary).toBe('提交了议题 小区增设母婴室')
  const outbox = await services.store.find<OutboxDoc>('outbox', { openid: 'oid-resident' })
  expect(outbox).toEqual([expect.objectContaining({ openid: 'oid-resident', template: 'topicProgress', data: { thing: '议题：小区增设母婴室', phrase: '待审核' } })])
})

test('the chairs are told a topic waits for them, in neutral words that open it on their side; whoever put it in is not told twice', async () => {
  const { topic } = await dataOf(submit({ ...SUBMISSION, proposal: `请${REVIEW_WORD}看看` }))
  const toChairs = await services.store.find<OutboxDoc>('outbox', { openid: { $in: ['oid-chair', 'oid-vice'] } })
  expect(toChairs.map((m) => [m.openid, m.data.thing, m.data.phrase, m.page]).sort()).toEqual([
    ['oid-chair', '有新的议题待处理', '内容审核中', `staff/pages/topic/index?orgId=comm&topicId=${topic._id}`],
    ['oid-vice', '有新的议题待处理', '内容审核中', `staff/pages/topic/index?orgId=comm&topicId=${topic._id}`],
  ])
  expect(JSON.stringify(toChairs)).not.toContain(SUBMISSION.title)
  // a topic the chair enters for a woman she visited: the vice-chair is told, the chair only as its submitter
  await services.store.remove('outbox', {})
  await dataOf(submit({ ...SUBMISSION, channel: 'visit', onBehalfOf: '走访 3 栋王阿姨时记录' }, 'chair'))
  expect((await services.store.find<OutboxDoc>('outbox', { openid: 'oid-chair' })).map((m) => m.data.thing)).toEqual(['议题：小区增设母婴室'])
  expect((await services.store.find<OutboxDoc>('outbox', { openid: 'oid-vice' })).map((m) => m.data.thing)).toEqual(['有新的议题待处理'])
  // a member's, or another federation's chair: nothing
  expect(await services.store.count('outbox', { openid: { $in: ['oid-member', 'oid-street-chair', 'oid-other-chair'] } })).toBe(0)
})

test('nobody else sees a submitted topic before it is accepted; the chair does, with the name', async () => {
  const { topic } = await dataOf(submit())
  expect(await topicsAs('member').reply('get', { topicId: topic._id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  expect(await topicsAs('anonymous').reply('get', { topicId: topic._id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  const list = await topicsAs('anonymous').listPublic({ orgId: 'comm' })
  expect(list.topics).toEqual([])
  const chair = await topicsAs('chair').get({ topicId: topic._id })
  expect(chair.topic).toMatchObject({ submitterName: '林女士', state: 'submitted', mine: false })
})

test('text the check holds for review is kept as 内容审核中: the submitter and the chair see it, nobody else', async () => {
  const { topic } = await dataOf(submit({ ...SUBMISSION, proposal: `请${REVIEW_WORD}看看` }))
  expect(topic.state).toBe('pendingReview')
  const own = await topicsAs('resident').get({ topicId: topic._id })
  expect(own.topic).toMatchObject({ state: 'pendingReview', proposal: `请${REVIEW_WORD}看看`, mine: true })
  expect(await topicsAs('member').reply('get', { topicId: topic._id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  const chairList = await topicsAs('chair').listForChair({ orgId: 'comm', scope: 'own', state: 'pendingReview' })
  expect(chairList.topics.map((t) => t._id)).toEqual([topic._id])
})

test('risky text is refused with CONTENT_REJECTED and nothing is stored', async () => {
  const reply = await submit({ ...SUBMISSION, problem: `这里有${RISKY_WORD}的内容描述` })
  expect(reply).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED', message: '内容含有不适宜公开的信息，请修改后再提交' } })
  expect(await services.store.count('topics', {})).toBe(0)
  // a refused text counts toward the day's limit, so the filter cannot be probed freely
  expect(await services.store.count('counters', {})).toBe(1)
})

test('when the check service fails nothing is stored or published, and the error says so in Chinese', async () => {
  services.ports = { ...services.ports, contentCheck: { ...services.ports.contentCheck, text: () => Promise.reject(new Error('errCode -1')) } }
  const reply = await submit()
  expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: '内容安全检查暂时不可用，内容没有提交，请稍后再试' } })
  expect(await services.store.count('topics', {})).toBe(0)
  expect(await services.store.count('outbox', {})).toBe(0)
  // nor does the failed attempt use up her submits for the day
  expect(await services.store.count('counters', {})).toBe(0)
})

test('a retried submit with the same requestId makes one topic and one notification to each person', async () => {
  const first = await dataOf(submit(SUBMISSION, 'resident', 'req-topic-0001'))
  const again = await dataOf(submit(SUBMISSION, 'resident', 'req-topic-0001'))
  expect(again.topic._id).toBe(first.topic._id)
  expect(await services.store.count('topics', {})).toBe(1)
  expect(await services.store.count('outbox', { openid: 'oid-resident' })).toBe(1)
  // and the chair and the vice-chair were told once each
  expect(await services.store.count('outbox', {})).toBe(3)
  await dataOf(submit(SUBMISSION, 'resident', 'req-topic-0002'))
  expect(await services.store.count('topics', {})).toBe(2)
})

test('a submit cut off after the topic was kept is completed by its retry: audited, she and each chair told, once', async () => {
  cutOffOnce(services.store, 'insert', 'audit')
  expect(await submit(SUBMISSION, 'resident', 'req-topic-cut1')).toMatchObject({ ok: false })
  expect(await services.store.count('topics', {})).toBe(1)
  expect(await services.store.count('outbox', {})).toBe(0)
  await dataOf(submit(SUBMISSION, 'resident', 'req-topic-cut1'))
  await dataOf(submit(SUBMISSION, 'resident', 'req-topic-cut1'))
  expect(await services.store.count('audit', { fn: 'topics', action: 'submit' })).toBe(1)
  expect(await services.store.count('outbox', { openid: 'oid-resident' })).toBe(1)
  expect(await services.store.count('outbox', {})).toBe(3)
})

test('a retry that comes after the chair took the topic up tells no one it waits', async () => {
  cutOffOnce(services.store, 'insert', 'audit')
  expect(await submit(SUBMISSION, 'resident', 'req-topic-cut2')).toMatchObject({ ok: false })
  const [topic] = await services.store.find<TopicDoc>('topics', {})
  await topicsAs('chair').review({ topicId: topic!._id, version: 1, decision: { kind: 'accept' } })
  const told = await services.store.count('outbox', {})
  await dataOf(submit(SUBMISSION, 'resident', 'req-topic-cut2'))
  expect(await services.store.count('outbox', {})).toBe(told)
  expect(await services.store.count('audit', { fn: 'topics', action: 'submit' })).toBe(1)
})

test('an anonymous submitter is not named publicly, but is named to herself and to the chair', async () => {
  const { topic } = await dataOf(submit({ ...SUBMISSION, anonymous: true }))
  await topicsAs('chair').review({ topicId: topic._id, version: 1, decision: { kind: 'accept' } })
  const seen = await topicsAs('member').get({ topicId: topic._id })
  expect(seen.topic.submitterName).toBeNull()
  const listed = await topicsAs('anonymous').listPublic({ orgId: 'comm' })
  expect(listed.topics[0].submitterName).toBeNull()
  expect(JSON.stringify(listed)).not.toContain('林女士')
  expect((await topicsAs('resident').get({ topicId: topic._id })).topic.submitterName).toBe('林女士')
  expect((await topicsAs('chair').get({ topicId: topic._id })).topic.submitterName).toBe('林女士')
})

test('a member may note on whose behalf she entered a topic; a resident cannot', async () => {
  const byMember = await dataOf(submit({ ...SUBMISSION, channel: 'visit', onBehalfOf: '走访 3 栋王阿姨时记录' }, 'member'))
  expect(byMember.topic).toMatchObject({ onBehalfOf: '走访 3 栋王阿姨时记录', channel: 'visit' })
  const byResident = await dataOf(submit({ ...SUBMISSION, onBehalfOf: '替邻居提交' }))
  expect(byResident.topic.onBehalfOf).toBe('')
})

test('the sixth submit in a day is RATE_LIMITED and stores nothing; another user is not affected', async () => {
  for (let i = 0; i < 5; i++) await dataOf(submit({ ...SUBMISSION, title: `议题第${i + 1}号标题` }))
  const before = await snapshotStore(services.store)
  expect(await submit()).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: SUBMIT_LIMITED } })
  expect(await snapshotStore(services.store)).toEqual(before)
  await dataOf(submit(SUBMISSION, 'member'))
  services.clock.set(new Date(services.clock.now().getTime() + 24 * 3600 * 1000).toISOString())
  await dataOf(submit())
})

test('an anonymous caller cannot submit; an unknown org is NOT_FOUND', async () => {
  expect(await submit(SUBMISSION, 'anonymous')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  expect(await submit({ ...SUBMISSION, orgId: 'nowhere' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  expect(await services.store.count('topics', {})).toBe(0)
})

test('the stored topic keeps who submitted it (never shown) and its org’s ancestors', async () => {
  const { topic } = await dataOf(submit())
  const stored = await services.store.getById<TopicDoc>('topics', topic._id)
  expect(stored).toMatchObject({ submitterOpenid: 'oid-resident', orgAncestorIds: ['street'] })
})
