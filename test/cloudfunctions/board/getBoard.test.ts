// board.get: the whole first screen from one denormalised document, in one store read.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BoardDoc } from '../../../types'
import { rebuildBoard } from '../../../cloudfunctions/shared/boardDocument'
import { bumpCounts } from '../../../cloudfunctions/shared/duty/counts'
import { createCaller } from '../../fixtures/caller'
import { CountingStore } from '../../fixtures/countingStore'
import { NedbStore } from '../../../server/nedb'
import { seedSmallTree } from '../../fixtures/smallTree'
import { testServices, type TestServices } from '../../fixtures/services'

// Monday 23 Nov 2026, 10:00 in Beijing.
const NOW = '2026-11-23T02:00:00.000Z'
let services: TestServices

beforeEach(async () => {
  services = await testServices(NOW)
  await seedSmallTree(services.store, services.clock.now())
})

const getBoard = (code: string) => createCaller('board', services).get({ code })

test('shows the org, its parent and children, duties and hours in one reply', async () => {
  const data = await getBoard('comm')
  expect(data.board.name).toBe('和平街道幸福社区妇联')
  expect(data.board.parent).toEqual({ code: 'street', name: '和平街道妇联', level: 'street' })
  expect(data.board.children.map((c) => c.code)).toEqual(['g1'])
  expect(data.board.duties).toHaveLength(6)
  expect(data.openNow).toMatchObject({ open: true, day: 'workday' })
  expect(data.hoursText).toContain('09:00–12:00')
  expect(data.asOf).toBe(NOW)
})

test('lists active members by post — chair, vice-chair, members, volunteers — and not those who left', async () => {
  const data = await getBoard('comm')
  expect(data.board.members.map((m) => m.name)).toEqual(['李主席', '王副主席', '张执委', '陈执委', '赵志愿'])
})

test("this month's on-duty members (轮值) are the active ones whose month is November", async () => {
  const data = await getBoard('comm')
  expect(data.onDuty).toEqual({ month: 11, memberIds: ['m-a', 'm-b'] })
})

test('areas show who covers them; a departed member leaves her area uncovered', async () => {
  const data = await getBoard('comm')
  expect(data.board.areas).toEqual([
    { id: 'a1', name: '1栋', kind: 'building', memberId: 'm-a', backupMemberId: 'm-b' },
    { id: 'a2', name: '2栋', kind: 'building', memberId: null, backupMemberId: 'm-a' },
    { id: 'a3', name: '第一网格', kind: 'grid', memberId: null, backupMemberId: null },
  ])
  const a = data.board.members.find((m) => m.id === 'm-a')
  expect(a).toMatchObject({ areaIds: ['a1'], backupAreaIds: ['a2'] })
})

test("activities: this quarter's plans in date order, recent results, nothing cancelled or over a year old", async () => {
  const data = await getBoard('comm')
  expect(data.activities.quarterLabel).toBe('2026年第四季度')
  expect(data.activities.plans.map((a) => a.id)).toEqual(['plan-early', 'plan-in'])
  expect(data.activities.results.map((a) => a.id)).toEqual(['done-1'])
  // the stored board keeps the year's activities the answer picks from; nothing cancelled or older
  const stored = await services.store.find<BoardDoc>('boards', { orgId: 'comm' })
  expect(stored[0].activities.map((a) => a.id).sort()).toEqual(['done-1', 'plan-early', 'plan-in', 'plan-next'])
  // and the answer does not send that list a second time beside the plans and results picked from it
  expect(data.board).not.toHaveProperty('activities')
})

test('the on-duty month follows Beijing time: 16:00 UTC on 30 Nov is already December', async () => {
  services.clock.set('2026-11-30T16:00:00.000Z')
  const data = await getBoard('comm')
  expect(data.onDuty.month).toBe(12)
  expect(data.onDuty.memberIds).toEqual([])
})

test('makes exactly one store read per call and writes nothing, with 履职成效 on the board (002 第七条 亮成效)', async () => {
  // entries of comm's own members this quarter, kept in its board document as they are logged
  const comm = { _id: 'comm', ancestorIds: ['street'] }
  await bumpCounts(services.store, comm, { kind: 'talk', date: '2026-11-20', womenCount: 30 }, 1)
  await bumpCounts(services.store, comm, { kind: 'contact', date: '2026-10-09', womenCount: 2 }, 1)
  const counting = new CountingStore(services.store)
  const counted = { ...services, store: counting }
  for (const code of ['comm', 'street', 'g1', 'comm', 'nope']) {
    counting.reset()
    await createCaller('board', counted).reply('get', { code })
    expect({ code, reads: counting.reads, writes: counting.writes }).toEqual({ code, reads: 1, writes: 0 })
  }
  const { dutyResults } = await createCaller('board', counted).get({ code: 'comm' })
  expect(dutyResults?.quarter.figures).toMatchObject({ entries: 2, talks: 1, contactWomen: 'few' })
  expect(counting.reads).toBe(2)
})

test('an unknown code is NOT_FOUND with a Chinese message', async () => {
  const reply = await createCaller('board', services).reply('get', { code: 'no-such-org' })
  expect(reply).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('没有找到') } })
})

test('a write to the org shows on the board after the rebuild, with no other change needed', async () => {
  await services.store.update('members', { _id: 'm-b' }, { $set: { phone: '13900001111' } })
  await rebuildBoard(services.store, 'comm', services.clock.now())
  const data = await getBoard('comm')
  expect(data.board.members.find((m) => m.id === 'm-b')?.phone).toBe('13900001111')
})

test('works the same on a store read back from disk', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-'))
  const disk = await NedbStore.open({ dataDir: dir })
  await seedSmallTree(disk, services.clock.now())
  const reopened = await NedbStore.open({ dataDir: dir })
  const data = await createCaller('board', { ...services, store: reopened }).get({ code: 'comm' })
  expect(data.board.name).toBe('和平街道幸福社区妇联')
})

test('a member whose term ended more than 90 days ago is left off until it is renewed; within 90 days she stays', async () => {
  const [zhang] = await services.store.find<{ _id: string; name: string }>('members', { orgId: 'comm', name: '张执委' })
  const [chen] = await services.store.find<{ _id: string; name: string }>('members', { orgId: 'comm', name: '陈执委' })
  // 23 Nov 2026: 24 Aug is 91 days back, 25 Aug 90
  await services.store.update('members', { _id: zhang!._id }, { $set: { termEnd: '2026-08-24' } })
  await services.store.update('members', { _id: chen!._id }, { $set: { termEnd: '2026-08-25' } })
  await rebuildBoard(services.store, 'comm', services.clock.now())
  const names = (await getBoard('comm')).board.members.map((m) => m.name)
  expect(names).not.toContain('张执委')
  expect(names).toContain('陈执委')
  await services.store.update('members', { _id: zhang!._id }, { $set: { termEnd: '2031-11-22' } })
  await rebuildBoard(services.store, 'comm', services.clock.now())
  expect((await getBoard('comm')).board.members.map((m) => m.name)).toContain('张执委')
})
