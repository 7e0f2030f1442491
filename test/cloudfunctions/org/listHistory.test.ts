// org.history: the chair reads her federation's change log, newest first, page by page.
import type { TestServices } from '../../fixtures/services'
import { consoleServices } from './fixtures/consoleTree'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const orgAs = (who: Who) => createCaller('org', services, who)
beforeEach(async () => {
  services = await consoleServices()
})

async function edit(intro: string, version: number, at: string) {
  services.clock.set(at)
  await orgAs('chair').updateOrg({ orgId: 'comm', version, changes: { intro } })
}

test('entries come newest first, with who, what and before/after', async () => {
  await edit('第一版', 1, '2026-11-23T02:00:00.000Z')
  await edit('第二版', 2, '2026-11-23T03:00:00.000Z')
  const { entries, nextBefore } = await orgAs('chair').history({ orgId: 'comm' })
  expect(nextBefore).toBeNull()
  expect(entries.map((e) => e.at)).toEqual(['2026-11-23T03:00:00.000Z', '2026-11-23T02:00:00.000Z'])
  expect(entries[0]).toMatchObject({ actorName: '李主席', action: 'updateOrg', outcome: 'changed', changes: [{ field: 'intro', before: '第一版', after: '第二版' }] })
})

test('pages follow `before` without losing or repeating entries, even at one instant', async () => {
  const times = ['01', '02', '02', '02', '03'].map((m) => `2026-11-23T${m}:00:00.000Z`)
  for (const [i, at] of times.entries()) await edit(`版本${i}`, i + 1, at)
  const seen: string[] = []
  let before: string | undefined
  for (let page = 0; page < 5; page++) {
    const data = await orgAs('chair').history({ orgId: 'comm', limit: 2, ...(before ? { before } : {}) })
    seen.push(...data.entries.map((e) => e.id))
    if (!data.nextBefore) break
    before = data.nextBefore
  }
  expect(seen).toHaveLength(5)
  expect(new Set(seen).size).toBe(5)
})

test('refusals on the org are in the history when she asks for them, and only then', async () => {
  await orgAs('member').reply('updateOrg', { orgId: 'comm', version: 1, changes: { intro: '我来改' } })
  expect((await orgAs('chair').history({ orgId: 'comm' })).entries).toEqual([])
  const { entries } = await orgAs('chair').history({ orgId: 'comm', includeRefusals: true })
  expect(entries).toHaveLength(1)
  expect(entries[0]).toMatchObject({ outcome: 'refused', action: 'updateOrg' })
})

test('the street chair reads a child’s history; a plain member and another org’s chair may not', async () => {
  await orgAs('ancestorChair').history({ orgId: 'comm' })
  expect(await orgAs('member').reply('history', { orgId: 'comm' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(await orgAs('unrelatedChair').reply('history', { orgId: 'comm' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})

test('a limit above 100 or a cursor that is not an instant is INVALID_INPUT', async () => {
  expect(await orgAs('chair').reply('history', { orgId: 'comm', limit: 101 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  expect(await orgAs('chair').reply('history', { orgId: 'comm', before: 'yesterday' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
})
