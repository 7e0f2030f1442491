// Fixed-window rate limits in the `counters` collection: per subject, per window; a slot
// is one conditional update, so parallel takes never overrun the limit; a slot given back
// is free again, and a window given back to nothing leaves no document.
import type { CounterDoc } from '../../../types'
import { countInWindow, giveBackOne, removeEndedWindows, takeBelow, windowOf, type WindowLimit } from '../../../cloudfunctions/common/rateLimit'
import { NedbStore } from '../../../server/nedb'
import type { Store } from '../../../cloudfunctions/common/store/port'

const LIMIT: WindowLimit = { name: 'test', max: 3, windowMs: 60 * 60 * 1000, refusal: '太多了' }
const at = (iso: string) => new Date(iso)
const TEN = at('2026-11-23T02:00:00.000Z')
const TEN_59 = at('2026-11-23T02:59:59.999Z')
const ELEVEN = at('2026-11-23T03:00:00.000Z')
const idOf = (subject: string, now: Date) => `${LIMIT.name}_${windowOf(LIMIT.windowMs, now).index}_${subject}`
const take = (subject: string, now: Date) => takeBelow(store, idOf(subject, now), LIMIT.max, { expiresAt: windowOf(LIMIT.windowMs, now).expiresAt })

let store: Store
beforeEach(async () => {
  store = await NedbStore.open()
})

test('takes a slot until the window holds `max` events, then refuses', async () => {
  expect([await take('oid-a', TEN), await take('oid-a', TEN), await take('oid-a', TEN)]).toEqual([true, true, true])
  expect(await take('oid-a', TEN_59)).toBe(false)
  expect(await countInWindow(store, LIMIT, 'oid-a', TEN_59)).toBe(3)
})

test('a new window starts from zero; other subjects have their own count', async () => {
  for (let i = 0; i < 3; i++) await take('oid-a', TEN)
  expect(await countInWindow(store, LIMIT, 'oid-b', TEN)).toBe(0)
  expect(await countInWindow(store, LIMIT, 'oid-a', ELEVEN)).toBe(0)
  expect(await take('oid-b', TEN)).toBe(true)
  expect(await take('oid-a', ELEVEN)).toBe(true)
})

test('the counter says when its window ends, so old counters can be cleared', async () => {
  await take('oid-a', TEN)
  const [counter] = await store.find<CounterDoc>('counters', {})
  expect(counter).toMatchObject({ count: 1, expiresAt: ELEVEN.toISOString() })
})

test('windows that have ended are removed; the current one, refusal tallies and subscription grants stay', async () => {
  await take('oid-a', TEN)
  await take('oid-b', ELEVEN)
  await store.insert('counters', {
    _id: 'refused_1_onTarget_oid-a',
    kind: 'refusals',
    actor: 'oid-a',
    scope: 'onTarget',
    count: 3,
    overflow: 9,
    windowStart: TEN.toISOString(),
    expiresAt: ELEVEN.toISOString(),
  })
  await store.insert('counters', { _id: 'subscription_t_oid-a', kind: 'subscription', openid: 'oid-a', template: 't', count: 2, updatedAt: TEN.toISOString() })
  expect(await removeEndedWindows(store, TEN_59)).toBe(0)
  expect(await removeEndedWindows(store, ELEVEN)).toBe(1)
  expect((await store.find('counters', {}, { sort: { _id: 1 } })).map((doc) => doc._id)).toEqual(['refused_1_onTarget_oid-a', 'subscription_t_oid-a', idOf('oid-b', ELEVEN)])
  // the hour after: oid-a starts from zero, as she would have anyway
  expect(await countInWindow(store, LIMIT, 'oid-a', ELEVEN)).toBe(0)
})

test('60 takes at once, the first ones racing to create the counter: exactly `max` succeed', async () => {
  const taken = await Promise.all(Array.from({ length: 60 }, () => take('oid-a', TEN)))
  expect(taken.filter(Boolean)).toHaveLength(LIMIT.max)
  expect(await countInWindow(store, LIMIT, 'oid-a', TEN)).toBe(LIMIT.max)
})

test('a slot given back can be taken again; a window given back to zero leaves no document; never below zero', async () => {
  for (let i = 0; i < 3; i++) await take('oid-a', TEN)
  await giveBackOne(store, idOf('oid-a', TEN))
  expect(await take('oid-a', TEN)).toBe(true)
  expect(await take('oid-a', TEN)).toBe(false)
  for (let i = 0; i < 5; i++) await giveBackOne(store, idOf('oid-a', TEN))
  expect(await store.count('counters', {})).toBe(0)
  expect(await take('oid-a', TEN)).toBe(true)
  expect(await countInWindow(store, LIMIT, 'oid-a', TEN)).toBe(1)
})

test('an insert that loses the race to another first event falls back to the conditional update', async () => {
  let raced = false
  const racing = new Proxy(store, {
    get(target, key, receiver) {
      if (key !== 'insert') return Reflect.get(target, key, receiver)
      return async (collection: 'counters', doc: CounterDoc) => {
        if (!raced) {
          raced = true
          await target.insert(collection, { ...doc })
        }
        return target.insert(collection, doc)
      }
    },
  })
  expect(await takeBelow(racing, idOf('oid-a', TEN), LIMIT.max, { expiresAt: ELEVEN.toISOString() })).toBe(true)
  expect(raced).toBe(true)
  expect(await countInWindow(store, LIMIT, 'oid-a', TEN)).toBe(2)
})
