// The cloud adapter's contract: what each store call WOULD send to the WeChat cloud
// database, captured at wx-server-sdk's own request sender (offline: the sender is
// replaced before any query runs) and decoded with the SDK's own EJSON library.
import { AppError } from '../../../../cloudfunctions/common/errors'
import { CloudStore } from '../../../../cloudfunctions/common/store/cloud'
import { offlineCloudDb, plainRequest, type Answer } from '../../../fixtures/offlineCloudDb'

const DEFAULT_ANSWERS: Record<string, Answer> = {
  'database.getDocument': { data: { list: [] } },
  'database.calculateDocument': { data: { total: 0 } },
  'database.modifyDocument': { data: { updated: 0 } },
  'database.insertDocument': { data: { insertedIds: ['new-id'] } },
  'database.removeDocument': { data: { deleted: 0 } },
}

let store: CloudStore
const { db, sent, answers } = offlineCloudDb(DEFAULT_ANSWERS)

beforeEach(() => {
  sent.length = 0
  answers.length = 0
  store = new CloudStore(db)
})

/** The one request sent, with its EJSON fields in plain form. */
function onlyRequest(): Record<string, unknown> {
  expect(sent).toHaveLength(1)
  return plainRequest(sent[0])
}

const listOf = (...docs: object[]): Answer => ({ data: { list: docs.map((doc) => JSON.stringify(doc)) } })

describe('reads the handlers make today', () => {
  test('an org’s children, by sort (rebuildBoard)', async () => {
    answers.push(listOf({ _id: 'g1', parentId: 'org-1', sort: 1 }))
    const found = await store.find('orgs', { parentId: 'org-1' }, { sort: { sort: 1 }, limit: 200 })
    expect(found).toEqual([{ _id: 'g1', parentId: 'org-1', sort: 1 }])
    expect(onlyRequest()).toEqual({
      api: 'database.getDocument',
      collectionName: 'orgs',
      queryType: 'WHERE',
      query: { parentId: 'org-1' },
      order: { sort: 1 },
      limit: 200,
    })
  })

  test('an org’s active members, with no limit given, asks for the 1000 maximum, not the server’s 100', async () => {
    await store.find('members', { orgId: 'org-1', status: 'active' }, { sort: { sort: 1 } })
    expect(onlyRequest()).toEqual({
      api: 'database.getDocument',
      collectionName: 'members',
      queryType: 'WHERE',
      query: { orgId: 'org-1', status: 'active' },
      order: { sort: 1 },
      limit: 1000,
    })
  })

  test('an org’s areas', async () => {
    await store.find('areas', { orgId: 'org-1' }, { sort: { sort: 1 } })
    expect(onlyRequest()).toMatchObject({ collectionName: 'areas', query: { orgId: 'org-1' }, order: { sort: 1 }, limit: 1000 })
  })

  test('an org’s activities since a date, newest first', async () => {
    await store.find('activities', { orgId: 'org-1', date: { $gte: '2025-11-23' } }, { sort: { date: -1 }, limit: 200 })
    expect(onlyRequest()).toEqual({
      api: 'database.getDocument',
      collectionName: 'activities',
      queryType: 'WHERE',
      query: { orgId: 'org-1', date: { $gte: '2025-11-23' } },
      order: { date: -1 },
      limit: 200,
    })
  })

  test('orgs by one name gram (board.search)', async () => {
    await store.find('orgs', { nameGrams: '幸福' }, { limit: 300 })
    expect(onlyRequest()).toMatchObject({ query: { nameGrams: '幸福' }, limit: 300 })
  })

  test('orgs by a list of ids (board.search parents)', async () => {
    await store.find('orgs', { _id: { $in: ['street', 'comm'] } })
    expect(onlyRequest()).toMatchObject({ query: { _id: { $in: ['street', 'comm'] } }, limit: 1000 })
  })

  test('a document by id (board.get, the calendar config)', async () => {
    answers.push(listOf({ _id: 'demo-community', name: '幸福社区妇联' }))
    expect(await store.getById('boards', 'demo-community')).toEqual({ _id: 'demo-community', name: '幸福社区妇联' })
    expect(onlyRequest()).toEqual({
      api: 'database.getDocument',
      collectionName: 'boards',
      queryType: 'DOC',
      query: { _id: 'demo-community' },
      multi: false,
    })
  })

  test('a missing document is null, not an error', async () => {
    expect(await store.getById('config', 'calendar')).toBeNull()
  })

  test('any other read failure is not mistaken for a missing document', async () => {
    answers.push({ code: 'DATABASE_COLLECTION_NOT_EXIST', message: 'Db or Table not exist: boards' })
    await expect(store.getById('boards', 'demo-community')).rejects.toThrow(/Table not exist/)
  })
})

describe('every operator of the filter language', () => {
  const queryOf = async (filter: Parameters<CloudStore['find']>[1]) => {
    await store.find('members', filter)
    return onlyRequest().query
  }

  test.each([
    ['$eq', { post: { $eq: 'chair' } }, { post: { $eq: 'chair' } }],
    ['$ne', { status: { $ne: 'left' } }, { status: { $ne: 'left' } }],
    ['$gt', { sort: { $gt: 2 } }, { sort: { $gt: 2 } }],
    ['$gte', { sort: { $gte: 2 } }, { sort: { $gte: 2 } }],
    ['$lt', { sort: { $lt: 2 } }, { sort: { $lt: 2 } }],
    ['$lte', { sort: { $lte: 2 } }, { sort: { $lte: 2 } }],
    ['$in', { post: { $in: ['chair', 'viceChair'] } }, { post: { $in: ['chair', 'viceChair'] } }],
    ['$nin', { post: { $nin: ['volunteer'] } }, { post: { $nin: ['volunteer'] } }],
    ['$exists', { openid: { $exists: true } }, { openid: { $exists: true } }],
    ['null equality', { openid: null }, { openid: null }],
    ['a dotted path', { 'hours.openOnWeekends': true }, { 'hours.openOnWeekends': true }],
  ])('%s', async (_name, filter, expected) => {
    expect(await queryOf(filter)).toEqual(expected)
  })

  test('two operators on one field are both applied', async () => {
    expect(await queryOf({ orgId: 'org-1', date: { $gte: '2026-10-01', $lte: '2026-12-31' } })).toEqual({
      orgId: 'org-1',
      $and: [{ date: { $gte: '2026-10-01' } }, { date: { $lte: '2026-12-31' } }],
    })
  })

  test('$and', async () => {
    expect(await queryOf({ $and: [{ orgId: 'org-1' }, { sort: { $lt: 5 } }] })).toEqual({
      $and: [{ orgId: 'org-1' }, { sort: { $lt: 5 } }],
    })
  })

  test('$or', async () => {
    expect(await queryOf({ $or: [{ post: 'chair' }, { post: 'viceChair' }] })).toEqual({
      $or: [{ post: 'chair' }, { post: 'viceChair' }],
    })
  })

  test('plain fields beside $or must all hold', async () => {
    expect(await queryOf({ orgId: 'org-1', $or: [{ status: 'active' }, { openid: { $exists: false } }] })).toEqual({
      $and: [{ orgId: 'org-1' }, { $or: [{ status: 'active' }, { openid: { $exists: false } }] }],
    })
  })

  test('the wire carries typed numbers (EJSON), not strings', async () => {
    await store.find('members', { orgId: 'org-1', sort: { $gte: 2 } })
    expect(sent[0].params.query).toBe('{"orgId":"org-1","sort":{"$gte":{"$numberInt":"2"}}}')
  })

  test('an operator outside the language is refused before anything is sent', async () => {
    await expect(store.find('members', { name: { $regex: '^王' } } as never)).rejects.toThrow(/\$regex/)
    expect(sent).toHaveLength(0)
  })
})

describe('sort, skip and limit', () => {
  test('several sort keys keep their order; skip becomes the offset', async () => {
    await store.find('members', { orgId: 'org-1' }, { sort: { post: 1, sort: -1 }, skip: 40, limit: 20 })
    expect(onlyRequest()).toMatchObject({ order: { post: 1, sort: -1 }, offset: 40, limit: 20 })
  })

  test('a limit above the cloud’s ceiling is capped at 1000', async () => {
    await store.find('members', { orgId: 'org-1' }, { limit: 5000 })
    expect(onlyRequest()).toMatchObject({ limit: 1000 })
  })
})

describe('writes', () => {
  test('count', async () => {
    answers.push({ data: { total: 7 } })
    expect(await store.count('members', { orgId: 'org-1', status: 'active' })).toBe(7)
    expect(onlyRequest()).toEqual({
      api: 'database.calculateDocument',
      collectionName: 'members',
      queryType: 'WHERE',
      query: { orgId: 'org-1', status: 'active' },
    })
  })

  test('count of a whole collection (an empty filter)', async () => {
    answers.push({ data: { total: 0 } })
    expect(await store.count('orgs', {})).toBe(0)
    expect(onlyRequest()).toEqual({ api: 'database.calculateDocument', collectionName: 'orgs', queryType: 'WHERE', query: {} })
  })

  test('insert sends the document with its own _id', async () => {
    const doc = { _id: 'm9', orgId: 'org-1', name: '王芳', sort: 3 }
    answers.push({ data: { insertedIds: ['m9'] } })
    expect(await store.insert('members', doc)).toEqual(doc)
    expect(onlyRequest()).toEqual({
      api: 'database.insertDocument',
      collectionName: 'members',
      data: [{ _id: 'm9', orgId: 'org-1', name: '王芳', sort: 3 }],
    })
  })

  test('insert of a taken _id is CONFLICT', async () => {
    answers.push({ code: 'DATABASE_DUPLICATE_WRITE', message: 'E11000 duplicate key error collection: members index: _id_ dup key' })
    const error = await store.insert('members', { _id: 'm1', name: '王芳' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'CONFLICT' })
  })

  test('a failed insert whose _id turns out to exist is CONFLICT too', async () => {
    answers.push({ code: 'SYS_ERR', message: 'write failed' }, listOf({ _id: 'm1', name: '李娟' }))
    await expect(store.insert('members', { _id: 'm1', name: '王芳' })).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(sent.map((s) => s.api)).toEqual(['database.insertDocument', 'database.getDocument'])
  })

  test('any other failed insert is passed on as it is', async () => {
    answers.push({ code: 'SYS_ERR', message: 'write failed' })
    const error = await store.insert('members', { _id: 'm1', name: '王芳' }).catch((e: unknown) => e)
    expect(error).not.toBeInstanceOf(AppError)
    expect(String((error as Error).message)).toContain('write failed')
  })

  test('put replaces the whole document under its _id', async () => {
    const hours = { sessions: [{ start: '09:00', end: '12:00' }], openOnWeekends: false, closedDates: [], extraOpenDates: [] }
    await store.put('boards', { _id: 'demo-community', name: '幸福社区妇联', hours, members: [] })
    expect(onlyRequest()).toEqual({
      api: 'database.modifyDocument',
      collectionName: 'boards',
      queryType: 'DOC',
      query: { _id: 'demo-community' },
      data: { name: '幸福社区妇联', hours, members: [] },
      multi: false,
      merge: false,
      upsert: true,
    })
  })

  test('update: $set replaces object values whole, $inc, $push one element, $unset', async () => {
    answers.push({ data: { updated: 2 } })
    const hours = { sessions: [{ start: '09:00', end: '11:30' }], openOnWeekends: true, closedDates: [], extraOpenDates: [] }
    const updated = await store.update(
      'orgs',
      { parentId: 'street' },
      {
        $set: { name: '幸福社区妇联', hours, 'address.room': '101' },
        $inc: { representativesCount: 1 },
        $push: { duties: ['新职责', '第二条'] },
        $unset: { logoUrl: true },
      },
    )
    expect(updated).toBe(2)
    expect(onlyRequest()).toEqual({
      api: 'database.modifyDocument',
      collectionName: 'orgs',
      queryType: 'WHERE',
      query: { parentId: 'street' },
      data: {
        $set: { name: '幸福社区妇联', hours, 'address.room': '101' },
        $inc: { representativesCount: 1 },
        $push: { duties: { $each: [['新职责', '第二条']] } },
        $unset: { logoUrl: '' },
      },
      multi: true,
      merge: true,
      upsert: false,
    })
  })

  test('updateVersioned matches the expected version and bumps it', async () => {
    answers.push({ data: { updated: 1 } })
    expect(await store.updateVersioned('members', 'm1', 3, { $set: { name: '王芳' } })).toBe(true)
    expect(onlyRequest()).toMatchObject({
      api: 'database.modifyDocument',
      collectionName: 'members',
      query: { _id: 'm1', version: 3 },
      data: { $set: { name: '王芳' }, $inc: { version: 1 } },
      multi: true,
    })
  })

  test('updateVersioned is false when someone else wrote first', async () => {
    answers.push({ data: { updated: 0 } })
    expect(await store.updateVersioned('members', 'm1', 3, { $inc: { sort: 1 } })).toBe(false)
    expect(onlyRequest()).toMatchObject({ data: { $inc: { sort: 1, version: 1 } } })
  })

  test('an update operator outside the language is refused before anything is sent', async () => {
    await expect(store.update('orgs', { _id: 'x' }, { $pull: { duties: 'a' } } as never)).rejects.toThrow(/\$pull/)
    expect(sent).toHaveLength(0)
  })

  test('remove', async () => {
    answers.push({ data: { deleted: 4 } })
    expect(await store.remove('outbox', { sentAt: { $lt: '2026-01-01T00:00:00.000Z' } })).toBe(4)
    expect(onlyRequest()).toEqual({
      api: 'database.removeDocument',
      collectionName: 'outbox',
      queryType: 'WHERE',
      query: { sentAt: { $lt: '2026-01-01T00:00:00.000Z' } },
      multi: true,
    })
  })
})
