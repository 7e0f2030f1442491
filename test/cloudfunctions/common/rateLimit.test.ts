// Fixed-window rate limits in the `counters` collection: per subject, per window, and
// counted right when first events race each other.
import type { CounterDoc } from '../../../types'
import { assertUnderLimit, countEvent, countInWindow, type WindowLimit } from '../../../cloudfunctions/common/rateLimit'
import { NedbStore } from '../../../server/nedb'
import type { Store } from '../../../cloudfunctions/common/store/port'

const LIMIT: WindowLimit = { name: 'test', max: 3, windowMs: 60 * 60 * 1000 }
const at = (iso: string) => new Date(iso)
const TEN = at('2026-11-23T02:00:00.000Z')
const TEN_59 = at('2026-11-23T02:59:59.999Z')
const ELEVEN = at('2026-11-23T03:00:00.000Z')

let store: Store
beforeEach(async () => {
  store = await NedbStore.open()
})

test('refuses once the window holds `max` events, with the given message', async () => {
  for (let i = 0; i < 3; i++) {
    await assertUnderLimit(store, LIMIT, 'oid-a', TEN, '太多了')
    await countEvent(store, LIMIT, 'oid-a', TEN)
  }
  await expect(assertUnderLimit(store, LIMIT, 'oid-a', TEN_59, '太多了')).rejects.toMatchObject({ code: 'RATE_LIMITED', message: '太多了' })
})

test('a new window starts from zero; other subjects have their own count', async () => {
  for (let i = 0; i < 3; i++) await countEvent(store, LIMIT, 'oid-a', TEN)
  expect(await countInWindow(store, LIMIT, 'oid-a', TEN_59)).toBe(3)
  expect(await countInWindow(store, LIMIT, 'oid-b', TEN)).toBe(0)
  expect(await countInWindow(store, LIMIT, 'oid-a', ELEVEN)).toBe(0)
  await expect(assertUnderLimit(store, LIMIT, 'oid-a', ELEVEN, '太多了')).resolves.toBeUndefined()
})

test('the counter says when its window ends, so old counters can be cleared', async () => {
  await countEvent(store, LIMIT, 'oid-a', TEN)
  const [counter] = await store.find<CounterDoc>('counters', {})
  expect(counter).toMatchObject({ count: 1, expiresAt: ELEVEN.toISOString() })
})

test('first events arriving together are all counted', async () => {
  await Promise.all(Array.from({ length: 8 }, () => countEvent(store, LIMIT, 'oid-a', TEN)))
  expect(await countInWindow(store, LIMIT, 'oid-a', TEN)).toBe(8)
})

test('an insert that loses the race to another first event falls back to incrementing', async () => {
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
  await countEvent(racing, LIMIT, 'oid-a', TEN)
  expect(raced).toBe(true)
  expect(await countInWindow(store, LIMIT, 'oid-a', TEN)).toBe(2)
})
