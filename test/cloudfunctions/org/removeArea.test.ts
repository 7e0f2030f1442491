// org.removeArea: an area a chair removes leaves the board at once; the audit keeps it.
import type { AuditDoc, BoardDoc } from '../../../types'
import type { TestServices } from '../../fixtures/services'
import { consoleServices } from './fixtures/consoleTree'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const orgAs = (who: Who) => createCaller('org', services, who)
beforeEach(async () => {
  services = await consoleServices()
})

test('the area leaves the board and its member no longer lists it', async () => {
  expect(await orgAs('chair').removeArea({ areaId: 'a1', version: 1 })).toEqual({ removed: true })
  const board = (await services.store.getById<BoardDoc>('boards', 'hp-comm'))!
  expect(board.areas.map((a) => a.id)).toEqual(['a2', 'a3'])
  expect(board.members.find((m) => m.id === 'm-a')?.areaIds).toEqual([])
  const [entry] = await services.store.find<AuditDoc>('audit', { action: 'removeArea' })
  expect(entry).toMatchObject({ summary: '删除了片区 1栋', actorName: '李主席' })
  expect(entry.changes).toContainEqual({ field: 'name', before: '1栋', after: null })
})

test('a stale version is CONFLICT and the area stays', async () => {
  const reply = await orgAs('chair').reply('removeArea', { areaId: 'a1', version: 7 })
  expect(reply).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这条记录刚被别人修改过，请刷新后再改' } })
  expect(await services.store.count('areas', { _id: 'a1' })).toBe(1)
})

test('removing it twice is NOT_FOUND; a plain member may not remove areas', async () => {
  await orgAs('chair').removeArea({ areaId: 'a1', version: 1 })
  expect(await orgAs('chair').reply('removeArea', { areaId: 'a1', version: 1 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  expect(await orgAs('member').reply('removeArea', { areaId: 'a2', version: 1 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})
