// The cloud adapter's contract for the conditional updates that rate limits and refusal
// tallies (audit.ts) rest on: what each call WOULD send to the WeChat cloud database, captured at
// wx-server-sdk's own request sender (offline) and decoded with the SDK's own EJSON. The
// guard travels in the query of one `where(...).update(...)` — one request, which the
// database applies to the document atomically — never as a read followed by a write.
import { recordRefusal, REFUSALS_KEPT_PER_HOUR } from '../../../../cloudfunctions/common/audit'
import type { Ctx } from '../../../../cloudfunctions/common/context'
import { giveBackOne, takeBelow } from '../../../../cloudfunctions/common/rateLimit'
import { CloudStore } from '../../../../cloudfunctions/common/store/cloud'
import { fixedClock } from '../../../../cloudfunctions/common/time'
import { offlineCloudDb, plainRequest, type Answer } from '../../../fixtures/offlineCloudDb'

let store: CloudStore
const { db, sent, answers } = offlineCloudDb()

beforeEach(() => {
  sent.length = 0
  answers.length = 0
  store = new CloudStore(db)
})

/** Every request sent, with its EJSON fields in plain form. */
const requests = () => sent.map(plainRequest)

const ID = 'topic-submit_20780_oid-a'
const EXPIRES = '2026-11-24T00:00:00.000Z'
const updated = (n: number): Answer => ({ data: { updated: n } })
const found = (...docs: object[]): Answer => ({ data: { list: docs.map((doc) => JSON.stringify(doc)) } })

test('taking a slot is one conditional update: count below the limit, then $inc', async () => {
  answers.push(updated(1))
  expect(await takeBelow(store, ID, 5, { expiresAt: EXPIRES })).toBe(true)
  expect(requests()).toEqual([
    {
      api: 'database.modifyDocument',
      collectionName: 'counters',
      queryType: 'WHERE',
      query: { _id: ID, count: { $lt: 5 } },
      data: { $inc: { count: 1 } },
      multi: true,
      merge: true,
      upsert: false,
    },
  ])
})

test('the guard travels as a typed number (EJSON), so the database compares numbers', async () => {
  answers.push(updated(1))
  await takeBelow(store, ID, 5, { expiresAt: EXPIRES })
  expect(sent[0].params.query).toBe(`{"_id":"${ID}","count":{"$lt":{"$numberInt":"5"}}}`)
  expect(sent[0].params.data).toBe('{"$inc":{"count":{"$numberInt":"1"}}}')
})

test('a full window: the guarded update changes nothing, the counter is there already, it is full: no slot', async () => {
  answers.push(
    updated(0),
    { code: 'DATABASE_DUPLICATE_WRITE', message: 'E11000 duplicate key error collection: counters index: _id_ dup key' },
    found({ _id: ID, count: 5, expiresAt: EXPIRES }),
  )
  expect(await takeBelow(store, ID, 5, { expiresAt: EXPIRES })).toBe(false)
  expect(requests().map((r) => r.api)).toEqual(['database.modifyDocument', 'database.insertDocument', 'database.getDocument'])
})

test('the window’s first event creates the counter at 1, without reading it first', async () => {
  answers.push(updated(0), { data: { insertedIds: [ID] } })
  expect(await takeBelow(store, ID, 5, { expiresAt: EXPIRES })).toBe(true)
  expect(requests()).toHaveLength(2)
  expect(requests()[1]).toEqual({ api: 'database.insertDocument', collectionName: 'counters', data: [{ _id: ID, count: 1, expiresAt: EXPIRES }] })
})

test('giving a slot back: a conditional $inc of -1 (never below 0), then removing the counter only if it is at 0', async () => {
  answers.push(updated(1), { data: { deleted: 0 } })
  await giveBackOne(store, ID)
  expect(requests()).toEqual([
    expect.objectContaining({ api: 'database.modifyDocument', query: { _id: ID, count: { $gt: 0 } }, data: { $inc: { count: -1 } } }),
    { api: 'database.removeDocument', collectionName: 'counters', queryType: 'WHERE', query: { _id: ID, count: 0 }, multi: true },
  ])
  expect(sent[0].params.data).toBe('{"$inc":{"count":{"$numberInt":"-1"}}}')
})

describe('refusal tallies (audit.ts)', () => {
  const ctx = (openid: string | null) => ({ store, clock: fixedClock('2026-11-23T02:30:00.000Z'), caller: { openid }, requestId: null }) as unknown as Ctx
  const REFUSAL = { fn: 'org', action: 'history', orgId: 'comm', target: { collection: 'orgs', id: 'comm' }, summary: '拒绝：org.history（resident）于 幸福社区妇联' }
  const TALLY = `refused_${Math.floor(Date.parse('2026-11-23T02:30:00.000Z') / 3_600_000)}_onTarget_oid-x`

  test('past the hour’s cap, a refusal is one conditional update of the tally and nothing else', async () => {
    answers.push(updated(1))
    await recordRefusal(ctx('oid-x'), REFUSAL)
    expect(requests()).toEqual([
      {
        api: 'database.modifyDocument',
        collectionName: 'counters',
        queryType: 'WHERE',
        query: { _id: TALLY, count: { $gte: REFUSALS_KEPT_PER_HOUR.onTarget + 1 } },
        data: { $inc: { overflow: 1 } },
        multi: true,
        merge: true,
        upsert: false,
      },
    ])
  })

  test('under the cap, it takes one of the kept places by a conditional update, then writes the audit document', async () => {
    answers.push(updated(0), updated(1), { data: { insertedIds: ['a1'] } })
    await recordRefusal(ctx('oid-x'), REFUSAL)
    const [flood, take, audit] = requests()
    expect(flood).toMatchObject({ query: { _id: TALLY, count: { $gte: REFUSALS_KEPT_PER_HOUR.onTarget + 1 } } })
    expect(take).toMatchObject({ query: { _id: TALLY, count: { $lt: REFUSALS_KEPT_PER_HOUR.onTarget } }, data: { $inc: { count: 1 } } })
    expect(audit).toMatchObject({ api: 'database.insertDocument', collectionName: 'audit', data: [expect.objectContaining({ outcome: 'refused', actor: 'oid-x' })] })
  })
})
