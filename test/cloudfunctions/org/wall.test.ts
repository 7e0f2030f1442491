// What hangs on the 妇女之家 wall, kept by the chair and shown on the public board.
// 001 6.1.3: "人员构成、工作职责、主要制度、联系（监督）电话等上墙公开。" — a 监督电话 and the 制度 by name;
// 重庆 三、3 有制度档案 names the four 制度 a new federation starts with; 002 第七条 亮职责:
// "将本级妇联工作职责、年度工作计划、本人工作任务告知妇女群众" — the 年度工作计划, with its year.
import { DEFAULT_WALL_RULES, type AuditDoc, type BoardDoc, type OrgDoc } from '../../../types'
import type { TestServices } from '../../fixtures/services'
import { snapshotStore } from '../../fixtures/snapshot'
import { consoleServices } from './fixtures/consoleTree'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const orgAs = (who: Who) => createCaller('org', services, who)
beforeEach(async () => {
  services = await consoleServices()
})
const board = (code: string) => services.store.getById<BoardDoc>('boards', code)
const shown = async () => (await createCaller('board', services).get({ code: 'hp-comm' })).board

test('a federation that set nothing shows the four 制度 of 三、3 on its wall, no 监督电话 and no plan', async () => {
  await orgAs('chair').updateOrg({ orgId: 'comm', version: 1, changes: { address: '幸福路 8 号' } })
  expect(await shown()).toMatchObject({ wallRules: [...DEFAULT_WALL_RULES], supervisionPhone: null, annualPlan: null })
  expect(DEFAULT_WALL_RULES).toEqual(['“妇女之家”日常管理制度', '“妇女之家”活动“六个有”制度', '妇联执委“七个一”联系制度', '妇联执委议事制度'])
})

test('the chair sets the 监督电话, the 制度 list and the 年度工作计划: the board shows them at once, and the history names them', async () => {
  const changes = {
    supervisionPhone: '023-68881234',
    wallRules: ['“妇女之家”日常管理制度', '妇联执委议事制度', '执委轮值制度'],
    annualPlan: { year: 2026, text: '一季度：家庭教育讲座；二季度：技能培训。' },
  }
  const data = await orgAs('chair').updateOrg({ orgId: 'comm', version: 1, changes })
  expect(data.org).toMatchObject(changes)
  expect(await shown()).toMatchObject(changes)
  const [entry] = await services.store.find<AuditDoc>('audit', { action: 'updateOrg', outcome: 'changed' })
  expect(entry?.summary).toBe('修改了 和平街道幸福社区妇联 的监督电话、上墙制度、年度工作计划')
})

test('she can clear the 监督电话 and the plan, and keep an empty 制度 list', async () => {
  await orgAs('chair').updateOrg({ orgId: 'comm', version: 1, changes: { supervisionPhone: '13812345678', annualPlan: { year: 2026, text: '计划' } } })
  await orgAs('chair').updateOrg({ orgId: 'comm', version: 2, changes: { supervisionPhone: null, annualPlan: null, wallRules: [] } })
  expect(await board('hp-comm')).toMatchObject({ supervisionPhone: null, annualPlan: null, wallRules: [] })
})

test.each([
  ['a 监督电话 that is not a phone', { supervisionPhone: '12345' }, 'changes.supervisionPhone', '监督电话：请填写正确的手机号或座机号（如 13812345678 或 023-12345678）'],
  ['a 制度 name of one character', { wallRules: ['制'] }, 'changes.wallRules.0', '制度名称至少 2 个字'],
  ['a plan with no year', { annualPlan: { text: '计划' } }, 'changes.annualPlan.year', '请填写年份'],
  ['a plan for the year 26', { annualPlan: { year: 26, text: '计划' } }, 'changes.annualPlan.year', '请填写计划的年份，如 2026'],
  ['an empty plan', { annualPlan: { year: 2026, text: '   ' } }, 'changes.annualPlan.text', '请填写年度工作计划'],
])('%s is refused in Chinese, naming the field, and nothing changes', async (_what, changes, field, message) => {
  const before = await snapshotStore(services.store)
  const reply = await orgAs('chair').reply('updateOrg', { orgId: 'comm', version: 1, changes } as never)
  expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field, message }] } })
  expect(await snapshotStore(services.store)).toEqual(before)
})

test('a member who is not the chair cannot set them', async () => {
  const reply = await orgAs('member').reply('updateOrg', { orgId: 'comm', version: 1, changes: { supervisionPhone: '13812345678' } })
  expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect((await services.store.getById<OrgDoc>('orgs', 'comm'))?.supervisionPhone).toBeUndefined()
})
