// org.saveArea: a chair adds and edits liaison areas; residents find their member by
// them on the board, so the covering and backup members must be real, active and distinct.
import type { AuditDoc, BoardDoc } from '../../../types'
import type { ActionInput } from '../../../types/contracts'
import type { TestServices } from '../../fixtures/services'
import { consoleServices } from './fixtures/consoleTree'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const orgAs = (who: Who) => createCaller('org', services, who)
beforeEach(async () => {
  services = await consoleServices()
})

type SaveArea = ActionInput<'org', 'saveArea'>
const fields = (over: Partial<SaveArea['fields']> = {}): SaveArea['fields'] => ({ name: '3栋', kind: 'building', memberId: 'm-b', backupMemberId: 'm-a', ...over })
const save = (payload: Omit<SaveArea, 'orgId'>) => orgAs('chair').saveArea({ orgId: 'comm', ...payload })
const trySaving = (payload: Omit<SaveArea, 'orgId'>) => orgAs('chair').reply('saveArea', { orgId: 'comm', ...payload })

test('a new area shows on the board after the others, with its members', async () => {
  const { area } = await save({ fields: fields() })
  expect(area).toMatchObject({ name: '3栋', orgId: 'comm', sort: 4, version: 1 })
  const board = (await services.store.getById<BoardDoc>('boards', 'hp-comm'))!
  expect(board.areas.at(-1)).toEqual({ id: area._id, name: '3栋', kind: 'building', memberId: 'm-b', backupMemberId: 'm-a' })
  expect(board.members.find((m) => m.id === 'm-b')?.areaIds).toContain(area._id)
})

test('editing who covers an area audits the names, not the ids', async () => {
  await save({ areaId: 'a3', version: 1, fields: fields({ name: '第一网格', kind: 'grid', memberId: 'm-vice', backupMemberId: null }) })
  const [entry] = await services.store.find<AuditDoc>('audit', { action: 'saveArea' })
  expect(entry.summary).toBe('修改了片区 第一网格 的联系执委')
  expect(entry.changes).toEqual([{ field: 'memberId', before: null, after: '王副主席' }])
})

test.each([
  ['the same person twice', { memberId: 'm-a', backupMemberId: 'm-a' }, 'fields.backupMemberId'],
  ['a member who left', { memberId: 'm-left' }, 'fields.memberId'],
  ['a member of another org', { memberId: 'other-staff' }, 'fields.memberId'],
  ['a backup nobody knows', { backupMemberId: 'ghost' }, 'fields.backupMemberId'],
])('%s is INVALID_INPUT naming %s', async (_label, over, field) => {
  const reply = await trySaving({ fields: fields(over) })
  expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field }] } })
  expect(await services.store.count('areas', { name: '3栋' })).toBe(0)
})

test('a second area with the same name is refused', async () => {
  const reply = await trySaving({ fields: fields({ name: '1栋' }) })
  expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'fields.name' }] } })
})

test('an area of another org cannot be edited through this org', async () => {
  expect(await trySaving({ areaId: 'o1', version: 1, fields: fields() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
})

test('the chair of another org is FORBIDDEN and the refusal is audited', async () => {
  const reply = await orgAs('unrelatedChair').reply('saveArea', { orgId: 'comm', fields: fields() })
  expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(await services.store.count('audit', { outcome: 'refused', actor: 'oid-other-chair' })).toBe(1)
})
