// org.addChild: a chair adds a 妇女小组 / 妇女微家 under her federation (a 村 / 社区 only
// under a 街道 / 乡镇); the new body has a QR-safe code, defaults and a board of its own.
import { SCENE_PATTERN, type AuditDoc, type BoardDoc, type OrgDoc, type OrgLevel } from '../../../types'
import { candidateCode } from '../../../cloudfunctions/org/lib/childCode'
import { org } from '../../fixtures/docs'
import type { TestServices } from '../../fixtures/services'
import { consoleServices } from './fixtures/consoleTree'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const orgAs = (who: Who) => createCaller('org', services, who)
beforeEach(async () => {
  services = await consoleServices()
})

const add = (name: string, level: OrgLevel, orgId = 'comm', who: 'chair' | 'ancestorChair' = 'chair') => orgAs(who).addChild({ orgId, name, level })

test('a 妇女微家 under the community gets a code from the parent, defaults and its own board', async () => {
  const { child } = await add('幸福社区书香妇女微家', 'microHome')
  expect(child).toMatchObject({ code: 'hp-comm-h1', level: 'microHome', name: '幸福社区书香妇女微家' })
  const stored = (await services.store.getById<OrgDoc>('orgs', child.orgId))!
  expect(stored).toMatchObject({ parentId: 'comm', ancestorIds: ['street', 'comm'], homeName: '妇女微家', duties: [], sort: 1 })
  expect(stored.nameGrams).toContain('书香')
  expect(stored.hours.sessions).toHaveLength(2)
  expect((await services.store.getById<BoardDoc>('boards', child.code))?.parent?.code).toBe('hp-comm')
  expect((await services.store.getById<BoardDoc>('boards', 'hp-comm'))?.children.map((c) => c.code)).toEqual(['hp-comm-g1', 'hp-comm-h1'])
  const [entry] = await services.store.find<AuditDoc>('audit', { action: 'addChild' })
  expect(entry).toMatchObject({ orgId: 'comm', summary: '添加了下级组织 幸福社区书香妇女微家（妇女微家）' })
})

test('the parent chair can open the new body’s console at once, as a chair above it', async () => {
  const { child } = await add('幸福社区第二妇女小组', 'group')
  expect(child.code).toBe('hp-comm-g2')
  expect(await orgAs('chair').get({ orgId: child.orgId })).toMatchObject({ role: 'ancestorChair' })
})

test('the street chair may add a community; a community may not have a community under it', async () => {
  const { child } = await add('和平街道新村社区妇联', 'community', 'street', 'ancestorChair')
  expect(child.code).toBe('hp-street-c3')
  const reply = await orgAs('chair').reply('addChild', { orgId: 'comm', name: '小区妇联', level: 'community' })
  expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'level', message: '级别：社区下只能添加妇女小组、妇女微家' }] } })
})

test('nothing can be added under a 妇女小组, and a name already used among siblings is refused', async () => {
  const underGroup = await orgAs('chair').reply('addChild', { orgId: 'g1', name: '小小组', level: 'group' })
  expect(underGroup).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'level' }] } })
  const twice = await orgAs('chair').reply('addChild', { orgId: 'comm', name: '幸福社区第一妇女小组', level: 'group' })
  expect(twice).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'name' }] } })
})

test('a taken code is skipped', async () => {
  await services.store.insert('orgs', org('squatter', { code: 'hp-comm-g2' }))
  expect((await add('幸福社区第二妇女小组', 'group')).child.code).toBe('hp-comm-g3')
})

test('codes stay QR-scene-safe and within 32 characters, whatever the parent code', () => {
  for (const parent of ['a'.repeat(32), 'Demo.Street~1', 'x-'.repeat(16), '!!!']) {
    const code = candidateCode(parent, 'microHome', 123)
    expect(code.length).toBeLessThanOrEqual(32)
    expect(code).toMatch(/^[a-z0-9-]+$/)
    expect(code).toMatch(SCENE_PATTERN)
    expect(code.endsWith('-h123')).toBe(true)
  }
})

test('a chair of a child body may not add under the parent', async () => {
  expect(await orgAs('chair').reply('addChild', { orgId: 'street', name: '新社区妇联', level: 'community' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})
