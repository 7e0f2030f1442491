// 群众满意度 of 议事 outcomes. 002 第七条 亮成效: "工作活动开展后，及时公布成效及群众满意度。"
// A resident who seconded a topic rates its published outcome 满意 / 基本满意 / 不满意, once;
// nobody else can, nor before the outcome is published. The board shows the counts, never
// who rated, and withholds counts under 5 as 求助统计 does.
import type { AuditDoc, BoardDoc, TopicSecondDoc } from '../../../types'
import { secondId } from '../../../cloudfunctions/topics/lib/seconds'
import type { TestServices } from '../../fixtures/services'
import { snapshotStore } from '../../fixtures/snapshot'
import { topicIn, topicServices } from './fixtures/topicsTree'
import { createCaller, dataOf, type Who } from '../../fixtures/caller'

let services: TestServices
const topicsAs = (who: Who) => createCaller('topics', services, who)
const DONE_OUTCOME = { feedback: '', escalatedTo: [], escalationNote: '', result: '母婴室已在二楼开放', photos: [], notCarriedReason: '' }
beforeEach(async () => {
  services = await topicServices()
  await services.store.insert('topics', topicIn('t-done', 'done', { outcome: DONE_OUTCOME }))
  await services.store.insert('topics', topicIn('t-decided', 'decided'))
})

const second = (who: Who, topicId = 't-done') => dataOf(topicsAs(who).reply('second', { topicId }))
const rate = (who: Who, rating: string, topicId = 't-done') => topicsAs(who).reply('rateOutcome', { topicId, rating } as never)
const person = (n: number): Who => ({ openid: `oid-neighbour-${n}` })
const boardOf = async () => (await createCaller('board', services).get({ code: 'hp-comm' })).board

test('a resident who seconded rates the published outcome once; the topic shows her rating', async () => {
  await second('resident')
  expect(await dataOf(rate('resident', 'fair'))).toEqual({ rating: 'fair', ratedAt: '2026-11-23T02:00:00.000Z' })
  expect((await topicsAs('resident').get({ topicId: 't-done' })).topic).toMatchObject({ seconded: true, myRating: 'fair' })
  expect(await services.store.getById<TopicSecondDoc>('topic_seconds', secondId('t-done', 'oid-resident'))).toMatchObject({ rating: 'fair', orgId: 'comm' })
  const [entry] = await services.store.find<AuditDoc>('audit', { action: 'rateOutcome' })
  expect(entry?.summary).toBe('评价了议题 议题t-done 的结果：基本满意')
})

test('a second rating by the same resident is refused and changes nothing', async () => {
  await second('resident')
  await dataOf(rate('resident', 'satisfied'))
  const before = await snapshotStore(services.store)
  expect(await rate('resident', 'unsatisfied')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '您已经评价过这个议题的结果，每人只能评价一次' } })
  expect(await snapshotStore(services.store)).toEqual(before)
})

test('two ratings sent at once record one', async () => {
  await second('resident')
  const replies = await Promise.all([rate('resident', 'satisfied'), rate('resident', 'unsatisfied')])
  expect(replies.filter((reply) => reply.ok)).toHaveLength(1)
  expect(await services.store.count('topic_seconds', { orgId: 'comm', rating: { $exists: true } })).toBe(1)
})

test('only those who seconded may rate', async () => {
  expect(await rate('member', 'satisfied')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '只有附议过这个议题的居民可以评价它的结果' } })
  expect(await rate('anonymous', 'satisfied')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
})

test('an outcome not yet published cannot be rated', async () => {
  await second('resident', 't-decided')
  expect(await rate('resident', 'satisfied', 't-decided')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这个议题的结果还没有公布，公布以后才能评价' } })
})

test('a rating outside the three is refused with the three in Chinese', async () => {
  await second('resident')
  const reply = await rate('resident', 'great')
  if (reply.ok) throw new Error('accepted')
  expect(reply.error.issues).toEqual([{ field: 'rating', message: '评价只能是满意、基本满意、不满意之一' }])
})

describe('the board', () => {
  async function ratedBy(ratings: string[]) {
    for (const [n, rating] of ratings.entries()) {
      await second(person(n))
      await dataOf(rate(person(n), rating))
    }
  }

  test('no rating yet: nothing to show', async () => {
    await ratedBy([])
    await second('resident')
    expect((await boardOf()).satisfaction).toEqual({ topics: null, help: null })
  })

  test('under 5 ratings: only that there are a few, no level', async () => {
    await ratedBy(['satisfied', 'satisfied', 'satisfied', 'fair'])
    expect((await boardOf()).satisfaction?.topics).toEqual({ rated: 'few', satisfied: 'hidden', fair: 'hidden', unsatisfied: 'hidden' })
  })

  test('5 or more: the counts, a small one as 少于5 and its complement withheld, never a name', async () => {
    await ratedBy([...Array<string>(7).fill('satisfied'), ...Array<string>(6).fill('fair'), 'unsatisfied'])
    const board = await services.store.getById<BoardDoc>('boards', 'hp-comm')
    expect(board?.satisfaction?.topics).toEqual({ rated: 14, satisfied: 7, fair: 'hidden', unsatisfied: 'few' })
    expect(JSON.stringify(board)).not.toContain('oid-neighbour')
  })
})
