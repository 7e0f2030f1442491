// 履职成效 on the public board. 002 第七条 (重庆市基层妇联执委履职制度): "亮成效，工作活动开展后，及时
// 公布成效及群众满意度。" The board shows the counts of the federation's own members' entries for
// this quarter and this year (Beijing time): kept in the board document by every 履职 write, so
// board.get stays one store read; women under 5 read 少于5.
import type { BoardDoc, DutyEntryKind } from '../../../types'
import type { ActionInput } from '../../../types/contracts'
import type { CollectionName, Filter, FindOptions, StoredDoc, Update } from '../../../cloudfunctions/common/store/port'
import { countAccepted } from '../../../cloudfunctions/shared/duty/counts'
import { createCaller } from '../../fixtures/caller'
import { CountingStore } from '../../fixtures/countingStore'
import type { TestServices } from '../../fixtures/services'
import { consoleServices, IDS } from '../org/fixtures/consoleTree'

let services: TestServices
const org = () => createCaller('org', services, 'member')
const board = () => createCaller('board', services).get({ code: 'hp-comm' })

const fields = (kind: DutyEntryKind, date: string, womenCount: number): ActionInput<'org', 'logDutyEntry'>['fields'] => ({
  kind,
  date,
  way: 'faceToFace',
  areaId: null,
  womenCount,
  note: '',
  photos: [],
  womenNames: '',
  activityId: null,
})
const log = (kind: DutyEntryKind, date: string, womenCount = 0) => org().logDutyEntry({ orgId: IDS.comm, fields: fields(kind, date, womenCount) })

beforeEach(async () => {
  // Monday 23 Nov 2026, 10:00 in Beijing; the tree holds one 联系 entry of 3 women on 16 Nov
  services = await consoleServices()
})

test('counts appear after logging: 走访联系 人次, 宣讲 场, 收集需求 / 建议 条, 帮扶 / 公益 次, for the quarter and the year', async () => {
  const before = await board()
  expect(before.dutyResults?.quarter).toMatchObject({ key: '2026Q4', label: '2026年第四季度', figures: { entries: 1, contactWomen: 'few', talks: 0 } })
  for (const kind of ['talk', 'talk', 'survey', 'proposal', 'help', 'service', 'mediation'] as const) await log(kind, '2026-11-20', 30)
  await log('contact', '2026-11-21', 4)
  await log('contact', '2026-08-03', 6)
  const { dutyResults } = await board()
  // the 宣讲's audience is not counted as 走访联系: only the women of 联系/走访谈心 entries (3 + 4)
  expect(dutyResults?.quarter.figures).toEqual({ entries: 9, contactWomen: 7, talks: 2, surveys: 1, proposals: 1, accepted: 0, helps: 1, services: 1 })
  expect(dutyResults?.year).toMatchObject({ key: '2026', label: '2026年', figures: { entries: 10, contactWomen: 13, talks: 2 } })
})

test('1–4 women reached are published as 少于5 (few), in the quarter and in the year', async () => {
  const { dutyResults } = await board()
  expect(dutyResults?.quarter.figures.contactWomen).toBe('few')
  expect(dutyResults?.year.figures.contactWomen).toBe('few')
  const stored = await services.store.getById<BoardDoc>('boards', 'hp-comm')
  expect(JSON.stringify(stored?.dutyResults)).not.toContain('"contactWomen":3')
})

test('a quarter whose exact count would give away a small earlier one is withheld (—), the year shown', async () => {
  await log('contact', '2026-10-08', 5)
  // this quarter 8, the year 10: the rest of the year (2) could be worked out
  await log('contact', '2026-05-06', 2)
  const { dutyResults } = await board()
  expect(dutyResults?.year.figures.contactWomen).toBe(10)
  expect(dutyResults?.quarter.figures.contactWomen).toBe('hidden')
})

test('a 建议 accepted as a topic (已立项) shows beside the 建议 it came from', async () => {
  await log('proposal', '2026-11-20')
  await countAccepted(services.store, { _id: IDS.comm, ancestorIds: [IDS.street] }, '2026-11-20', 1)
  expect((await board()).dutyResults?.quarter.figures).toMatchObject({ proposals: 1, accepted: 1 })
})

test('an edit and a delete move the board; the board is patched, never rebuilt, for an entry', async () => {
  const builtAt = (await services.store.getById<BoardDoc>('boards', 'hp-comm'))?.builtAt
  const { entry } = await log('talk', '2026-11-20', 40)
  const moved = await org().updateDutyEntry({ entryId: entry._id, version: entry.version, fields: fields('help', '2026-11-20', 40) })
  expect((await board()).dutyResults?.quarter.figures).toMatchObject({ entries: 2, talks: 0, helps: 1 })
  await org().deleteDutyEntry({ entryId: entry._id, version: moved.entry.version })
  expect((await board()).dutyResults?.quarter.figures).toMatchObject({ entries: 1, helps: 0 })
  expect((await services.store.getById<BoardDoc>('boards', 'hp-comm'))?.builtAt).toBe(builtAt)
})

/** Which collections a call reads with `find` and writes with `update`. */
class RecordingStore extends CountingStore {
  found: string[] = []
  updated: string[] = []
  override find<T extends StoredDoc>(collection: CollectionName, filter: Filter, options?: FindOptions): Promise<T[]> {
    this.found.push(collection)
    return super.find<T>(collection, filter, options)
  }
  override update(collection: CollectionName, filter: Filter, update: Update): Promise<number> {
    this.updated.push(collection)
    return super.update(collection, filter, update)
  }
}

test('logging an entry touches the board with one counts read and one board write', async () => {
  const recording = new RecordingStore(services.store)
  await createCaller('org', { ...services, store: recording }, 'member').logDutyEntry({ orgId: IDS.comm, fields: fields('talk', '2026-11-20', 9) })
  expect(recording.found.filter((collection) => collection === 'duty_counts')).toHaveLength(1)
  expect(recording.updated.filter((collection) => collection === 'boards')).toHaveLength(1)
})

test('the period rolls over at 00:00 Beijing on the quarter’s edge, with no write in between', async () => {
  services.clock.set('2026-12-31T15:58:00.000Z')
  await log('talk', '2026-12-31')
  // 23:59 on 31 Dec in Beijing: still the fourth quarter of 2026
  services.clock.set('2026-12-31T15:59:59.000Z')
  expect((await board()).dutyResults?.quarter).toMatchObject({ key: '2026Q4', figures: { entries: 2, talks: 1 } })
  // 00:00 on 1 Jan 2027: a new quarter and a new year, nothing recorded yet
  services.clock.set('2026-12-31T16:00:00.000Z')
  const newYear = await board()
  expect(newYear.dutyResults?.quarter).toMatchObject({ key: '2027Q1', label: '2027年第一季度', figures: { entries: 0, contactWomen: 0, talks: 0 } })
  expect(newYear.dutyResults?.year).toMatchObject({ key: '2027', figures: { entries: 0 } })
  await log('talk', '2027-01-01')
  // 23:59 on 31 Mar, then 00:00 on 1 Apr: the quarter starts over, the year keeps what it had
  services.clock.set('2027-03-31T15:59:59.000Z')
  expect((await board()).dutyResults?.quarter).toMatchObject({ key: '2027Q1', figures: { talks: 1 } })
  services.clock.set('2027-03-31T16:00:00.000Z')
  const april = await board()
  expect(april.dutyResults?.quarter).toMatchObject({ key: '2027Q2', figures: { entries: 0, talks: 0 } })
  expect(april.dutyResults?.year).toMatchObject({ key: '2027', figures: { entries: 1, talks: 1 } })
})

test('the board answers only this quarter and this year, not the other periods it keeps', async () => {
  const data = await board()
  expect(data.board).not.toHaveProperty('dutyResults')
  expect(Object.keys((await services.store.getById<BoardDoc>('boards', 'hp-comm'))?.dutyResults ?? {}).sort()).toEqual(['2026', '2026Q1', '2026Q2', '2026Q3', '2026Q4'])
})

test('a board stored before 履职成效 existed reads as nothing recorded', async () => {
  await services.store.update('boards', { _id: 'hp-comm' }, { $unset: { dutyResults: true } })
  expect((await board()).dutyResults?.year.figures).toEqual({ entries: 0, contactWomen: 0, talks: 0, surveys: 0, proposals: 0, accepted: 0, helps: 0, services: 0 })
})
