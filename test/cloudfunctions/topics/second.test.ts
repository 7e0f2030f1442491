// topics.second (附议): once per WeChat user, however often she taps; only public topics;
// the count is what everybody sees; seconds are rate-limited per user.
import { SECOND_LIMITED } from '../../../cloudfunctions/topics/handlers/second'
import type { TestServices } from '../../fixtures/services'
import { topicIn, topicServices } from './fixtures/topicsTree'
import { createCaller, dataOf, type Who } from '../../fixtures/caller'

let services: TestServices
const topicsAs = (who: Who) => createCaller('topics', services, who)
beforeEach(async () => {
  services = await topicServices()
  await services.store.insert('topics', topicIn('t1', 'accepted'))
})

const second = (who: Who, topicId = 't1') => topicsAs(who).reply('second', { topicId })

test('seconding twice counts once; another person counts again; everybody sees the count', async () => {
  expect(await dataOf(second('member'))).toEqual({ secondCount: 1, seconded: true })
  expect(await dataOf(second('member'))).toEqual({ secondCount: 1, seconded: true })
  expect(await dataOf(second('resident'))).toEqual({ secondCount: 2, seconded: true })
  const seen = await topicsAs('member').listPublic({ orgId: 'comm' })
  expect(seen.topics[0]).toMatchObject({ secondCount: 2, seconded: true })
  const anon = await topicsAs('anonymous').listPublic({ orgId: 'comm' })
  expect(anon.topics[0]).toMatchObject({ secondCount: 2, seconded: false })
  expect(await services.store.count('audit', { action: 'second' })).toBe(2)
})

test('two deliveries of the same second at once still count once', async () => {
  await Promise.all([second('member'), second('member'), second('member')])
  expect((await services.store.getById('topics', 't1'))?.secondCount).toBe(1)
})

test('a topic that is not public cannot be seconded; an anonymous caller must log in', async () => {
  await services.store.insert('topics', topicIn('t2', 'submitted'))
  expect(await second('member', 't2')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  expect(await second('anonymous')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  expect(await services.store.count('topic_seconds', {})).toBe(0)
})

test('a second does not make the chair’s next save stale', async () => {
  await services.store.insert('topics', topicIn('t9', 'accepted'))
  await dataOf(second('member'))
  expect(await topicsAs('chair').reply('review', { topicId: 't1', version: 1, decision: { kind: 'merge', intoTopicId: 't9' } })).toMatchObject({ ok: true })
})

test('the 31st second within an hour is RATE_LIMITED; repeating one already made is still fine', async () => {
  for (let i = 0; i < 30; i++) await services.store.insert('topics', topicIn(`x${i}`, 'accepted'))
  for (let i = 0; i < 30; i++) await dataOf(second('member', `x${i}`))
  expect(await second('member')).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: SECOND_LIMITED } })
  expect(await dataOf(second('member', 'x0'))).toEqual({ secondCount: 1, seconded: true })
  expect((await services.store.getById('topics', 't1'))?.secondCount).toBe(0)
})
