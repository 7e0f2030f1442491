// 我提的议题 (topics.mine): a woman sees every topic she raised — pending, declined and
// accepted alike, her own name even when she asked not to be named publicly — newest
// first, paged, and nobody else's; from any phone, because it is read by her identity.
import type { TopicView } from '../../../types'
import type { TestServices } from '../../fixtures/services'
import { topicIn, topicServices } from './fixtures/topicsTree'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const topicsAs = (who: Who) => createCaller('topics', services, who)
beforeEach(async () => {
  services = await topicServices()
})

type Page = { topics: TopicView[]; nextCursor: { at: string; id: string } | null }
const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T02:00:00.000Z`

test('she sees her topics in every state, newest first, with her name; not other people’s', async () => {
  await services.store.insert('topics', topicIn('pending', 'submitted', { createdAt: at(5), anonymous: true }))
  await services.store.insert('topics', topicIn('declined', 'declined', { createdAt: at(4), declineReason: '不属于妇联职责' }))
  await services.store.insert('topics', topicIn('open', 'accepted', { createdAt: at(3) }))
  await services.store.insert('topics', topicIn('elsewhere', 'done', { createdAt: at(2), orgId: 'comm2' }))
  await services.store.insert('topics', topicIn('theirs', 'submitted', { createdAt: at(6), submitterOpenid: 'oid-member' }))
  const { topics, nextCursor } = await topicsAs('resident').mine({})
  expect(topics.map((t) => [t._id, t.state])).toEqual([
    ['pending', 'submitted'],
    ['declined', 'declined'],
    ['open', 'accepted'],
    ['elsewhere', 'done'],
  ])
  expect(topics[0]).toMatchObject({ mine: true, submitterName: '林女士', anonymous: true })
  expect(topics[1].declineReason).toBe('不属于妇联职责')
  expect(nextCursor).toBeNull()
  expect(JSON.stringify(topics)).not.toContain('oid-resident')
})

test('a topic she just submitted is at the top of her list', async () => {
  await services.store.insert('topics', topicIn('older', 'accepted', { createdAt: at(1) }))
  const { topic } = await topicsAs('resident').submit({
    orgId: 'comm',
    title: '小区增设母婴室',
    problem: '社区服务中心没有母婴室，很不方便。',
    proposal: '',
    category: 'publicService',
    channel: 'online',
    name: '林女士',
    anonymous: false,
    onBehalfOf: '',
  })
  const { topics } = await topicsAs('resident').mine({ limit: 5 })
  expect(topics.map((t) => t._id)).toEqual([topic._id, 'older'])
})

test('her list pages by a stable cursor: none skipped or repeated, even at one instant', async () => {
  for (const id of ['a', 'b', 'c', 'd', 'e']) await services.store.insert('topics', topicIn(id, 'submitted', { createdAt: at(id === 'e' ? 9 : 3) }))
  const seen: string[] = []
  let cursor: Page['nextCursor'] = null
  do {
    const got: Page = await topicsAs('resident').mine({ limit: 2, ...(cursor ? { cursor } : {}) })
    seen.push(...got.topics.map((t) => t._id))
    cursor = got.nextCursor
  } while (cursor)
  expect(seen).toEqual(['e', 'd', 'c', 'b', 'a'])
})

test('someone who raised nothing has an empty list; an anonymous caller must sign in; an openid in the payload is refused', async () => {
  await services.store.insert('topics', topicIn('t1', 'accepted'))
  expect(await topicsAs('member').mine({})).toEqual({ topics: [], nextCursor: null })
  expect(await topicsAs('anonymous').reply('mine', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  expect(await topicsAs('member').raw('mine', { openid: 'oid-resident' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'openid' }] } })
})
