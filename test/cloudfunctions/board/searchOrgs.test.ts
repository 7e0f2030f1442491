// board.search: find a federation by part of its name, with its parent's name.
import { createCaller } from '../../fixtures/caller'
import { CountingStore } from '../../fixtures/countingStore'
import { seedSmallTree } from '../../fixtures/smallTree'
import { testServices, type TestServices } from '../../fixtures/services'

let services: TestServices
beforeAll(async () => {
  services = await testServices()
  await seedSmallTree(services.store, services.clock.now())
})

async function search(name: string) {
  return (await createCaller('board', services).search({ name })).orgs
}

test('finds orgs whose name contains the words, federations before their groups, with the parent', async () => {
  expect(await search('幸福社区')).toEqual([
    { code: 'comm', name: '和平街道幸福社区妇联', level: 'community', parentName: '和平街道妇联' },
    { code: 'g1', name: '幸福社区第一妇女小组', level: 'group', parentName: '和平街道幸福社区妇联' },
  ])
})

test('one character is enough, and spaces are ignored', async () => {
  expect((await search('安')).map((o) => o.code)).toEqual(['comm2'])
  expect((await search(' 安康 社区 ')).map((o) => o.code)).toEqual(['comm2'])
})

test('words that appear apart are not a match', async () => {
  expect(await search('幸福安康')).toEqual([])
})

test('an empty query is INVALID_INPUT naming name', async () => {
  const reply = await createCaller('board', services).reply('search', { name: '  ' })
  expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'name' }] } })
})

test('reads by the name index and the parents, never the whole collection', async () => {
  const counting = new CountingStore(services.store)
  const spy = jest.spyOn(services.store, 'find')
  await createCaller('board', { ...services, store: counting }).search({ name: '社区' })
  expect(counting.reads).toBe(2)
  expect(spy.mock.calls.map(([collection, filter]) => [collection, filter])).toEqual([
    ['orgs', { nameGrams: '社区' }],
    ['orgs', { _id: { $in: expect.arrayContaining(['street', 'comm']) } }],
  ])
})
