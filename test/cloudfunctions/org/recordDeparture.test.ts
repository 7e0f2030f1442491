// org.recordDeparture: a member leaves with a reason and a date (增替补及退出制度 第十一–十三条);
// she leaves the board and her areas show uncovered, while her record and the history stay.
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

type Departure = ActionInput<'org', 'recordDeparture'>
const departure = (over: Partial<Departure> = {}): Departure => ({ memberId: 'm-a', version: 1, reason: 'jobChange', leftOn: '2026-11-20', note: '调往区妇联', ...over })
const depart = (over: Partial<Departure> = {}) => orgAs('chair').recordDeparture(departure(over))
const tryDeparting = (over: Partial<Departure> = {}) => orgAs('chair').reply('recordDeparture', departure(over))

test('she leaves the board, her areas show uncovered, her record keeps why and when', async () => {
  const { member } = await depart()
  expect(member).toMatchObject({ status: 'left', departure: { reason: 'jobChange', leftOn: '2026-11-20', note: '调往区妇联' }, version: 2 })
  const board = (await services.store.getById<BoardDoc>('boards', 'hp-comm'))!
  expect(board.members.map((m) => m.id)).not.toContain('m-a')
  expect(board.areas.find((a) => a.id === 'a1')).toMatchObject({ memberId: null, backupMemberId: 'm-b' })
  expect((await services.store.getById<AreaDoc>('areas', 'a1'))?.memberId).toBeNull()
  const console = await orgAs('chair').get({ orgId: 'comm' })
  expect(console.members.find((m) => m._id === 'm-a')?.status).toBe('left')
})

test('the audit names the reason in Chinese and keeps the areas she covered', async () => {
  await depart()
  const [entry] = await services.store.find<AuditDoc>('audit', { action: 'recordDeparture' })
  expect(entry.summary).toBe('登记了成员 张执委 离任（工作变动或离开本地，2026-11-20）')
  expect(entry.changes).toContainEqual({ field: 'status', before: 'active', after: 'left' })
  expect(entry.changes).toContainEqual({ field: 'coverAreas', before: ['1栋'], after: [] })
})

test('she loses the console the moment she leaves', async () => {
  await depart()
  expect(await orgAs('member').reply('get', { orgId: 'comm' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})

test('recording it twice is CONFLICT', async () => {
  await depart()
  const again = await tryDeparting({ version: 2 })
  expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已经登记过') } })
})

test('a date in the future or one that does not exist is INVALID_INPUT naming leftOn', async () => {
  for (const leftOn of ['2026-11-24', '2026-02-29']) {
    expect(await tryDeparting({ leftOn })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'leftOn' }] } })
  }
  expect((await services.store.getById('members', 'm-a'))?.status).toBe('active')
})

test('an unknown reason is INVALID_INPUT; a plain member may not record departures', async () => {
  expect(await orgAs('chair').raw('recordDeparture', { ...departure(), reason: 'fired' })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', issues: [{ field: 'reason' }] },
  })
  const reply = await orgAs('member').reply('recordDeparture', { memberId: 'm-b', version: 1, reason: 'resigned', leftOn: '2026-11-20', note: '' })
  expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})

describe('劝退 and 终止 wait for the 党组织 (002 增替补及退出制度第十四条 "经同级党组织批准同意后"; 第十七条)', () => {
  const approval = { by: '幸福社区党委', on: '2026-11-18', documentNo: '幸党〔2026〕15号', photo: null }

  test.each(['persuaded', 'terminated'] as const)('%s without the approval is refused, naming it, and she stays', async (reason) => {
    expect(await tryDeparting({ reason })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('要先经同级党组织批准') } })
    expect(await tryDeparting({ reason, approval: { ...approval, documentNo: '' } })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('请填写党组织的批复文号，或拍照上传批复') },
    })
    expect(await tryDeparting({ reason, approval: { ...approval, on: '2026-11-21' } })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('党组织批准的日期不能晚于离任日期') },
    })
    expect((await orgAs('chair').get({ orgId: 'comm' })).members.find((m) => m._id === 'm-a')?.status).toBe('active')
  })

  test('with it, she leaves, the approval is kept on her record and in the history', async () => {
    const { member } = await depart({ reason: 'persuaded', approval })
    expect(member.departure).toMatchObject({ reason: 'persuaded', approval })
    const [entry] = await services.store.find<AuditDoc>('audit', { action: 'recordDeparture' })
    expect(entry?.summary).toContain('幸福社区党委批准')
  })

  test('a resignation or a job change needs none, and is refused one', async () => {
    expect(await tryDeparting({ reason: 'resigned', approval })).toMatchObject({ ok: false, error: { message: expect.stringContaining('自愿请辞不用登记党组织批准') } })
    expect(await tryDeparting({ reason: 'resigned', approval: null })).toMatchObject({ ok: true })
  })
})
