// org.saveMember: a chair adds and edits members; the board shows them at once, the
// areas she covers follow `coverAreaIds`, and the audit says what changed in Chinese.
import type { AreaDoc, AuditDoc, BoardDoc } from '../../../types'
import type { ActionInput } from '../../../types/contracts'
import type { TestServices } from '../../fixtures/services'
import { consoleServices } from './fixtures/consoleTree'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const orgAs = (who: Who) => createCaller('org', services, who)
beforeEach(async () => {
  services = await consoleServices()
})

type MemberFields = ActionInput<'org', 'saveMember'>['fields']
const fields = (over: Partial<MemberFields> = {}): MemberFields => ({
  name: '王桂芳',
  post: 'member',
  phone: '13912345678',
  photoUrl: null,
  specialty: '家庭教育',
  onDutyMonth: 3,
  termStart: '2024-01-01',
  termEnd: '2028-12-31',
  ...over,
})
const board = async () => (await services.store.getById<BoardDoc>('boards', 'hp-comm'))!
const areaOf = async (id: string) => (await services.store.getById<AreaDoc>('areas', id))!
const save = (payload: Omit<ActionInput<'org', 'saveMember'>, 'orgId'>) => orgAs('chair').saveMember({ orgId: 'comm', ...payload })

test('a new member appears on the board, unbound, covering the areas chosen', async () => {
  const { member } = await save({ fields: fields(), coverAreaIds: ['a3'] })
  expect(member).toMatchObject({ name: '王桂芳', status: 'active', bound: false, version: 1, departure: null })
  expect(member).not.toHaveProperty('openid')
  const shown = (await board()).members.find((m) => m.id === member._id)
  expect(shown).toMatchObject({ name: '王桂芳', phone: '13912345678', onDutyMonth: 3, areaIds: ['a3'] })
  const [entry] = await services.store.find<AuditDoc>('audit', { action: 'saveMember' })
  expect(entry.summary).toBe('添加了成员 王桂芳（执委）')
  expect(entry.changes).toContainEqual({ field: 'coverAreas', before: [], after: ['第一网格'] })
})

test('editing a phone says so in the audit, with before and after', async () => {
  const { member } = await save({
    memberId: 'm-a',
    version: 1,
    fields: fields({ name: '张执委', phone: '023-61234567', onDutyMonth: 11, termStart: null, termEnd: null, specialty: '' }),
  })
  expect(member).toMatchObject({ phone: '023-61234567', version: 2 })
  const [entry] = await services.store.find<AuditDoc>('audit', { action: 'saveMember' })
  expect(entry.summary).toBe('修改了成员 张执委 的电话')
  expect(entry.changes).toEqual([{ field: 'phone', before: '13800000000', after: '023-61234567' }])
  expect((await board()).members.find((m) => m.id === 'm-a')?.phone).toBe('023-61234567')
})

test('coverAreaIds moves areas to her and takes her off areas no longer listed', async () => {
  await save({
    memberId: 'm-b',
    version: 1,
    fields: fields({ name: '陈执委', phone: null, onDutyMonth: null, termStart: null, termEnd: null, specialty: '' }),
    coverAreaIds: ['a1', 'a2'],
    confirmMoves: true,
  })
  // she was a1's backup: now she covers it first-hand, and is no longer its backup
  expect(await areaOf('a1')).toMatchObject({ memberId: 'm-b', backupMemberId: null, version: 2 })
  expect((await areaOf('a2')).memberId).toBe('m-b')
  await save({
    memberId: 'm-b',
    version: 2,
    fields: fields({ name: '陈执委', phone: null, onDutyMonth: null, termStart: null, termEnd: null, specialty: '' }),
    coverAreaIds: ['a2'],
  })
  expect((await areaOf('a1')).memberId).toBeNull()
  expect((await board()).members.find((m) => m.id === 'm-b')?.areaIds).toEqual(['a2'])
})

test('an area of another org in coverAreaIds is INVALID_INPUT naming coverAreaIds, and nothing changes', async () => {
  const reply = await orgAs('chair').reply('saveMember', { orgId: 'comm', fields: fields(), coverAreaIds: ['a3', 'o1'] })
  expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'coverAreaIds' }] } })
  expect(await services.store.count('members', { name: '王桂芳' })).toBe(0)
  expect((await areaOf('a3')).memberId).toBeNull()
})

test('a term that ends before it starts, or on a day that does not exist, is refused', async () => {
  const backwards = await orgAs('chair').reply('saveMember', { orgId: 'comm', fields: fields({ termStart: '2026-01-01', termEnd: '2025-12-31' }) })
  expect(backwards).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'fields.termEnd' }] } })
  const impossible = await orgAs('chair').reply('saveMember', { orgId: 'comm', fields: fields({ termStart: '2026-13-01' }) })
  expect(impossible).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'fields.termStart' }] } })
})

test('an edit without a version, or of a member of another org, is refused', async () => {
  const noVersion = await orgAs('chair').reply('saveMember', { orgId: 'comm', memberId: 'm-a', fields: fields() })
  expect(noVersion).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'version' }] } })
  const elsewhere = await orgAs('chair').reply('saveMember', { orgId: 'comm', memberId: 'other-staff', version: 1, fields: fields() })
  expect(elsewhere).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
})

test('a member who left cannot be given areas', async () => {
  const reply = await orgAs('chair').reply('saveMember', { orgId: 'comm', memberId: 'm-left', version: 1, fields: fields({ name: '刘已离任' }), coverAreaIds: ['a3'] })
  expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'coverAreaIds' }] } })
})

test('a bad phone or an openid in the payload is INVALID_INPUT', async () => {
  const phone = await orgAs('chair').reply('saveMember', { orgId: 'comm', fields: fields({ phone: '12345' }) })
  expect(phone).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'fields.phone' }] } })
  const openid = await orgAs('chair').raw('saveMember', { orgId: 'comm', fields: { ...fields(), openid: 'oid-resident' } })
  expect(openid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'fields.openid' }] } })
})

test('a plain member may not add members', async () => {
  expect(await orgAs('member').reply('saveMember', { orgId: 'comm', fields: fields() })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})
