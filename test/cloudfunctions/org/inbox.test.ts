// 消息 (org.inbox): a signed-in person reads the notifications kept for her — newest
// first, in the neutral words they were sent with, each with the page it opens — and
// never anybody else's. The list pages by a stable cursor.
import type { InboxMessage, OutboxDoc } from '../../../types'
import type { TestServices } from '../../fixtures/services'
import { SUBMISSION } from '../topics/fixtures/topicsTree'
import { consoleServices } from './fixtures/consoleTree'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const orgAs = (who: Who) => createCaller('org', services, who)
const topicsAs = (who: Who) => createCaller('topics', services, who)
beforeEach(async () => {
  services = await consoleServices()
})

type Inbox = { messages: InboxMessage[]; nextCursor: { at: string; id: string } | null }
const at = (minute: number) => `2026-11-23T02:${String(minute).padStart(2, '0')}:00.000Z`
const note = (id: string, openid: string, minute: number, phrase = '已立项'): OutboxDoc => ({
  _id: id,
  openid,
  template: 'topicProgress',
  page: `topics/pages/detail/index?topicId=${id}`,
  data: { thing: `议题：${id}`, phrase },
  createdAt: at(minute),
})

test('she reads her own notifications, newest first, with what each is about, where it stands and what it opens', async () => {
  await services.store.insert('outbox', note('n1', 'oid-resident', 1, '待审核'))
  await services.store.insert('outbox', note('n2', 'oid-resident', 3, '已立项'))
  await services.store.insert('outbox', note('x1', 'oid-member', 2))
  const { messages, nextCursor } = await orgAs('resident').inbox({})
  expect(messages).toEqual([
    { id: 'n2', template: 'topicProgress', page: 'topics/pages/detail/index?topicId=n2', subject: '议题：n2', status: '已立项', createdAt: at(3) },
    { id: 'n1', template: 'topicProgress', page: 'topics/pages/detail/index?topicId=n1', subject: '议题：n1', status: '待审核', createdAt: at(1) },
  ])
  expect(nextCursor).toBeNull()
  expect(JSON.stringify(messages)).not.toContain('oid-')
})

test('what the 议事 steps sent her arrives in her list', async () => {
  const { topic } = await topicsAs('resident').submit(SUBMISSION)
  services.clock.set('2026-11-23T03:00:00.000Z')
  await topicsAs('chair').review({ topicId: topic._id, version: topic.version, decision: { kind: 'decline', reason: '不属于妇联职责范围' } })
  const { messages } = await orgAs('resident').inbox({})
  expect(messages.map((m) => [m.subject, m.status])).toEqual([
    ['议题：小区增设母婴室', '未立项'],
    ['议题：小区增设母婴室', '待审核'],
  ])
  expect(messages[0].page).toBe(`topics/pages/detail/index?topicId=${topic._id}`)
  // the chair was told the topic arrived, in neutral words, and nothing of its later steps
  expect((await orgAs('chair').inbox({})).messages.map((m) => [m.subject, m.status])).toEqual([['有新的议题待处理', '待审核']])
})

test('the list pages by a stable cursor: a message sent meanwhile never shifts a page, and ties are kept apart', async () => {
  for (const [id, minute] of [
    ['a', 1],
    ['b', 2],
    ['c', 2],
    ['d', 2],
    ['e', 4],
  ] as const)
    await services.store.insert('outbox', note(id, 'oid-resident', minute))
  const first = await orgAs('resident').inbox({ limit: 2 })
  expect(first.messages.map((m) => m.id)).toEqual(['e', 'd'])
  await services.store.insert('outbox', note('new', 'oid-resident', 9))
  const seen = [...first.messages.map((m) => m.id)]
  let cursor = first.nextCursor
  while (cursor) {
    const got: Inbox = await orgAs('resident').inbox({ limit: 2, cursor })
    seen.push(...got.messages.map((m) => m.id))
    cursor = got.nextCursor
  }
  expect(seen).toEqual(['e', 'd', 'c', 'b', 'a'])
})

test('an anonymous caller must sign in; someone else’s openid in the payload is refused', async () => {
  expect(await orgAs('anonymous').reply('inbox', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } })
  expect(await orgAs('member').raw('inbox', { openid: 'oid-resident' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'openid' }] } })
  expect(await orgAs('member').reply('inbox', { limit: 500 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'limit' }] } })
})
