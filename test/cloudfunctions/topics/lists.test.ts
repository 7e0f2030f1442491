// Lists: the public list pages by a stable cursor (a topic accepted meanwhile never
// shifts a page); the chair's list filters by state; the upper federation's chair sees
// what her children escalated to her, and nobody else does.
import type { ActionOutput } from '../../../types/contracts'
import type { TestServices } from '../../fixtures/services'
import { topicIn, topicServices } from './fixtures/topicsTree'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const topicsAs = (who: Who) => createCaller('topics', services, who)
beforeEach(async () => {
  services = await topicServices()
})

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T02:00:00.000Z`

test('the public list pages newest first, with a cursor that survives new topics, and shows only public ones', async () => {
  for (let day = 1; day <= 7; day++) await services.store.insert('topics', topicIn(`p${day}`, 'accepted', { publishedAt: at(day) }))
  await services.store.insert('topics', topicIn('hidden', 'submitted'))
  await services.store.insert('topics', topicIn('elsewhere', 'accepted', { orgId: 'comm2', publishedAt: at(8) }))
  const first = await topicsAs('anonymous').listPublic({ orgId: 'comm', limit: 3 })
  expect(first.topics.map((t) => t._id)).toEqual(['p7', 'p6', 'p5'])
  await services.store.insert('topics', topicIn('p9', 'accepted', { publishedAt: at(9) }))
  const second = await topicsAs('anonymous').listPublic({ orgId: 'comm', limit: 3, cursor: first.nextCursor ?? undefined })
  expect(second.topics.map((t) => t._id)).toEqual(['p4', 'p3', 'p2'])
  const last = await topicsAs('anonymous').listPublic({ orgId: 'comm', limit: 3, cursor: second.nextCursor ?? undefined })
  expect(last).toMatchObject({ topics: [expect.objectContaining({ _id: 'p1' })], nextCursor: null })
})

test('topics published at the same instant are neither skipped nor repeated across pages', async () => {
  for (const id of ['a', 'b', 'c', 'd', 'e']) await services.store.insert('topics', topicIn(id, 'accepted', { publishedAt: at(3) }))
  const seen: string[] = []
  let cursor: ActionOutput<'topics', 'listPublic'>['nextCursor'] | undefined
  do {
    const got = await topicsAs('anonymous').listPublic({ orgId: 'comm', limit: 2, ...(cursor ? { cursor } : {}) })
    seen.push(...got.topics.map((t) => t._id))
    cursor = got.nextCursor
  } while (cursor)
  expect(seen).toEqual(['e', 'd', 'c', 'b', 'a'])
})

test('the chair’s list has every topic of her federation, filtered by state when asked', async () => {
  await services.store.insert('topics', topicIn('s1', 'submitted', { createdAt: at(1), anonymous: true }))
  await services.store.insert('topics', topicIn('a1', 'accepted', { createdAt: at(2) }))
  await services.store.insert('topics', topicIn('x1', 'submitted', { orgId: 'comm2', createdAt: at(3) }))
  const all = await topicsAs('chair').listForChair({ orgId: 'comm', scope: 'own' })
  expect(all.topics.map((t) => t._id)).toEqual(['a1', 's1'])
  expect(all.topics[1].submitterName).toBe('林女士')
  const pending = await topicsAs('chair').listForChair({ orgId: 'comm', scope: 'own', state: 'submitted' })
  expect(pending.topics.map((t) => t._id)).toEqual(['s1'])
  expect(await topicsAs('member').reply('listForChair', { orgId: 'comm', scope: 'own' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})

test('the 街道 chair sees the topics escalated to her federation; the 社区 chair’s escalated list is her own', async () => {
  await services.store.insert('topics', topicIn('e1', 'escalated', { escalatedToOrgId: 'street', createdAt: at(4) }))
  await services.store.insert('topics', topicIn('n1', 'decided', { createdAt: at(5) }))
  const street = await topicsAs('ancestorChair').listForChair({ orgId: 'street', scope: 'escalated' })
  expect(street.topics.map((t) => t._id)).toEqual(['e1'])
  const comm = await topicsAs('chair').listForChair({ orgId: 'comm', scope: 'escalated' })
  expect(comm.topics).toEqual([])
  expect(await topicsAs('chair').reply('listForChair', { orgId: 'street', scope: 'escalated' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})

test('an unknown topic or org is NOT_FOUND', async () => {
  expect(await topicsAs('anonymous').reply('get', { topicId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到这个议题' } })
  expect(await topicsAs('anonymous').reply('listPublic', { orgId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
})
