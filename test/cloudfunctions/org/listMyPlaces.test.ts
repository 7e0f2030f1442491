// org.mine: 我的 → 工作台 lists the federations where the caller is bound, with her role.
import { consoleServices } from './fixtures/consoleTree'
import type { TestServices } from '../../fixtures/services'
import { member } from '../../fixtures/docs'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const orgAs = (who: Who) => createCaller('org', services, who)
beforeAll(async () => {
  services = await consoleServices()
})

test('a chair sees her federation with the chair role and her member id', async () => {
  const data = await orgAs('chair').mine({})
  expect(data.places).toEqual([{ orgId: 'comm', code: 'hp-comm', name: '和平街道幸福社区妇联', level: 'community', role: 'chair', memberId: 'm-chair', post: 'chair' }])
})

test('a vice-chair is a chair in the console; a plain member is a member', async () => {
  expect((await orgAs('viceChair').mine({})).places[0]).toMatchObject({ role: 'chair', post: 'viceChair' })
  expect((await orgAs('member').mine({})).places[0]).toMatchObject({ role: 'member', memberId: 'm-a' })
})

test('a resident has no places, and a member who left has none either', async () => {
  expect(await orgAs('resident').mine({})).toEqual({ places: [] })
  expect(await orgAs({ openid: 'oid-left' }).mine({})).toEqual({ places: [] })
})

test('someone bound in two federations sees both, chairs first', async () => {
  await services.store.insert('members', member('twice', 'g1', { name: '张执委', post: 'chair', openid: 'oid-member' }))
  const data = await orgAs('member').mine({})
  expect(data.places.map((p) => [p.orgId, p.role])).toEqual([
    ['g1', 'chair'],
    ['comm', 'member'],
  ])
  await services.store.remove('members', { _id: 'twice' })
})

test('an anonymous caller must sign in', async () => {
  const reply = await orgAs('anonymous').reply('mine', {})
  expect(reply).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } })
})

test('an unknown field in the payload is refused', async () => {
  const reply = await orgAs('chair').raw('mine', { openid: 'oid-street-chair' })
  expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'openid' }] } })
})
