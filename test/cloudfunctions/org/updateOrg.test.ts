// org.updateOrg: a chair edits her federation and the public board shows it at once;
// a new name also reaches the parent's and the children's boards.
import type { AuditDoc, BoardDoc, OrgDoc } from '../../../types'
import type { TestServices } from '../../fixtures/services'
import { consoleServices } from './fixtures/consoleTree'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const orgAs = (who: Who) => createCaller('org', services, who)
beforeEach(async () => {
  services = await consoleServices()
})

const board = (code: string) => services.store.getById<BoardDoc>('boards', code)

test('a new address and intro show on the board and in the audit, and the version moves on', async () => {
  const data = await orgAs('chair').updateOrg({ orgId: 'comm', version: 1, changes: { address: '  幸福路 8 号  ', intro: '社区有妇女 1200 人' } })
  expect(data.org).toMatchObject({ address: '幸福路 8 号', intro: '社区有妇女 1200 人', version: 2, updatedAt: '2026-11-23T02:00:00.000Z' })
  expect((await board('hp-comm'))?.address).toBe('幸福路 8 号')
  const [entry] = await services.store.find<AuditDoc>('audit', { action: 'updateOrg', outcome: 'changed' })
  expect(entry).toMatchObject({ actorName: '李主席', summary: '修改了 和平街道幸福社区妇联 的地址、情况介绍' })
  expect(entry.changes).toEqual([
    { field: 'address', before: '测试路 1 号', after: '幸福路 8 号' },
    { field: 'intro', before: '', after: '社区有妇女 1200 人' },
  ])
})

test('a new name is searchable and shows on the parent and child boards', async () => {
  await orgAs('chair').updateOrg({ orgId: 'comm', version: 1, changes: { name: '和平街道新风社区妇联' } })
  expect((await services.store.getById<OrgDoc>('orgs', 'comm'))?.nameGrams).toContain('新风')
  expect((await board('hp-street'))?.children.map((c) => c.name)).toContain('和平街道新风社区妇联')
  expect((await board('hp-comm-g1'))?.parent?.name).toBe('和平街道新风社区妇联')
})

test('hours with a session ending before it starts are refused, naming the session', async () => {
  const hours = { sessions: [{ start: '14:00', end: '09:00' }], openOnWeekends: false, closedDates: [], extraOpenDates: [] }
  const reply = await orgAs('chair').reply('updateOrg', { orgId: 'comm', version: 1, changes: { hours } })
  expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'changes.hours.sessions.0.end' }] } })
})

test('a closed date that does not exist is refused', async () => {
  const hours = { sessions: [], openOnWeekends: false, closedDates: ['2026-02-30'], extraOpenDates: [] }
  const reply = await orgAs('chair').reply('updateOrg', { orgId: 'comm', version: 1, changes: { hours } })
  expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'changes.hours.closedDates.0' }] } })
})

test('saving what is already there writes nothing', async () => {
  const data = await orgAs('chair').updateOrg({ orgId: 'comm', version: 1, changes: { address: '测试路 1 号' } })
  expect(data.org.version).toBe(1)
  expect(await services.store.count('audit', {})).toBe(0)
})

test('the street chair may edit her community; the community chair may not edit the street or a sibling', async () => {
  await orgAs('ancestorChair').updateOrg({ orgId: 'comm', version: 1, changes: { representativesCount: 12 } })
  for (const orgId of ['street', 'comm2']) {
    const reply = await orgAs('chair').reply('updateOrg', { orgId, version: 1, changes: { intro: '改一下' } })
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  }
  expect((await services.store.getById<OrgDoc>('orgs', 'street'))?.intro).toBe('')
})

test('a plain member may not edit the org', async () => {
  const reply = await orgAs('member').reply('updateOrg', { orgId: 'comm', version: 1, changes: { intro: '我来改' } })
  expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})
