// org.mine: 我的 → 工作台 lists the federations where the caller is bound, with her role.
import { callOrg, consoleServices, okData } from './fixtures/consoleTree'
import type { TestServices } from '../../fixtures/services'
import type { OrgOutput } from '../../../cloudfunctions/org/lib/types'
import { member } from '../../fixtures/docs'

let services: TestServices
beforeAll(async () => {
  services = await consoleServices()
})

type Mine = OrgOutput<'mine'>

test('a chair sees her federation with the chair role and her member id', async () => {
  const data = await okData<Mine>(callOrg(services, 'chair', 'mine', {}))
  expect(data.places).toEqual([{ orgId: 'comm', code: 'hp-comm', name: '和平街道幸福社区妇联', level: 'community', role: 'chair', memberId: 'm-chair', post: 'chair' }])
})

test('a vice-chair is a chair in the console; a plain member is a member', async () => {
  expect((await okData<Mine>(callOrg(services, 'viceChair', 'mine', {}))).places[0]).toMatchObject({ role: 'chair', post: 'viceChair' })
  expect((await okData<Mine>(callOrg(services, 'member', 'mine', {}))).places[0]).toMatchObject({ role: 'member', memberId: 'm-a' })
})

test('a resident has no places, and a member who left has none either', async () => {
  expect(await okData<Mine>(callOrg(services, 'resident', 'mine', {}))).toEqual({ places: [] })
  expect(await okData<Mine>(callOrg(services, { openid: 'oid-left' }, 'mine', {}))).toEqual({ places: [] })
})

test('someone bound in two federations sees both, chairs first', async () => {
  await services.store.insert('members', member('twice', 'g1', { name: '张执委', post: 'chair', openid: 'oid-member' }))
  const data = await okData<Mine>(callOrg(services, 'member', 'mine', {}))
  expect(data.places.map((p) => [p.orgId, p.role])).toEqual([
    ['g1', 'chair'],
    ['comm', 'member'],
  ])
  await services.store.remove('members', { _id: 'twice' })
})

test('an anonymous caller must sign in', async () => {
  const reply = await callOrg(services, 'anonymous', 'mine', {})
  expect(reply).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } })
})

test('an unknown field in the payload is refused', async () => {
  const reply = await callOrg(services, 'chair', 'mine', { openid: 'oid-street-chair' })
  expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'openid' }] } })
})
