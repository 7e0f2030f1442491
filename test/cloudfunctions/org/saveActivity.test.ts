// org.saveActivity: 亮活动内容 — plans show on the board, and afterwards their results.
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

type ActivityFields = ActionInput<'org', 'saveActivity'>['fields']
const fields = (over: Partial<ActivityFields> = {}): ActivityFields => ({
  title: '巾帼健康讲座',
  status: 'planned',
  date: '2026-12-12',
  place: '妇女之家',
  summary: '请社区医生讲冬季保健',
  resultText: '',
  photos: [],
  ...over,
})
const board = async () => (await services.store.getById<BoardDoc>('boards', 'hp-comm'))!

test('a planned activity shows on the board at once', async () => {
  const { activity } = await orgAs('chair').saveActivity({ orgId: 'comm', fields: fields() })
  expect((await board()).activities.find((a) => a.id === activity._id)).toMatchObject({ title: '巾帼健康讲座', status: 'planned' })
  const [entry] = await services.store.find<AuditDoc>('audit', { action: 'saveActivity' })
  expect(entry.summary).toBe('添加了活动 巾帼健康讲座（2026-12-12）')
})

test('afterwards the chair records the result with photos', async () => {
  const done = fields({ title: '家庭教育讲座', date: '2026-11-20', status: 'done', resultText: '40 位家长参加', photos: ['/files/activities/a.jpg'] })
  const { activity } = await orgAs('chair').saveActivity({ orgId: 'comm', activityId: 'act-1', version: 1, fields: done })
  expect(activity).toMatchObject({ status: 'done', resultText: '40 位家长参加', version: 2 })
  expect((await board()).activities.find((a) => a.id === 'act-1')).toMatchObject({ status: 'done', photos: ['/files/activities/a.jpg'] })
})

test('an activity marked done before its day, or on a day that does not exist, is refused', async () => {
  const early = await orgAs('chair').reply('saveActivity', { orgId: 'comm', fields: fields({ status: 'done' }) })
  expect(early).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'fields.date' }] } })
  const impossible = await orgAs('chair').reply('saveActivity', { orgId: 'comm', fields: fields({ date: '2026-04-31' }) })
  expect(impossible).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'fields.date' }] } })
})

test('ten photos, or a photo from outside, are INVALID_INPUT', async () => {
  const ten = await orgAs('chair').reply('saveActivity', { orgId: 'comm', fields: fields({ photos: Array(10).fill('/files/a.jpg') }) })
  expect(ten).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'fields.photos' }] } })
  const outside = await orgAs('chair').reply('saveActivity', { orgId: 'comm', fields: fields({ photos: ['http://x.example/a.jpg'] }) })
  expect(outside).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'fields.photos.0' }] } })
})

test('a cancelled activity leaves the board; a plain member may not add activities', async () => {
  await orgAs('chair').saveActivity({ orgId: 'comm', activityId: 'act-1', version: 1, fields: fields({ title: '家庭教育讲座', status: 'cancelled', date: '2026-12-05' }) })
  expect((await board()).activities.map((a) => a.id)).not.toContain('act-1')
  expect(await orgAs('member').reply('saveActivity', { orgId: 'comm', fields: fields() })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})
