// org.updateMyProfile: a bound member keeps her own phone, photo and specialty true; she
// cannot touch anyone else's, while the chairs above her can edit anyone's.
import type { AuditDoc, BoardDoc } from '../../../types'
import type { TestServices } from '../../fixtures/services'
import { consoleServices } from './fixtures/consoleTree'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const orgAs = (who: Who) => createCaller('org', services, who)
beforeEach(async () => {
  services = await consoleServices()
})

const profile = { phone: '13700001111', photoUrl: '/files/photos/m-a.jpg', specialty: '心理疏导' }

test('a member edits her own phone and photo; the board and the audit show it under her name', async () => {
  const { member } = await orgAs('member').updateMyProfile({ memberId: 'm-a', version: 1, fields: profile })
  expect(member).toMatchObject({ ...profile, version: 2, bound: true })
  const shown = (await services.store.getById<BoardDoc>('boards', 'hp-comm'))?.members.find((m) => m.id === 'm-a')
  expect(shown).toMatchObject(profile)
  const [entry] = await services.store.find<AuditDoc>('audit', { action: 'updateMyProfile' })
  expect(entry).toMatchObject({ actorName: '张执委', actor: 'oid-member', outcome: 'changed', summary: '修改了自己的电话、照片、特长' })
})

test("a member editing someone else's record is FORBIDDEN, audited, and nothing changes", async () => {
  const reply = await orgAs('member').reply('updateMyProfile', { memberId: 'm-b', version: 1, fields: profile })
  expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '只能修改自己的资料' } })
  const [refusal] = await services.store.find<AuditDoc>('audit', { outcome: 'refused' })
  expect(refusal).toMatchObject({ actor: 'oid-member', orgId: 'comm', target: { collection: 'members', id: 'm-b' } })
  expect((await services.store.getById('members', 'm-b'))?.version).toBe(1)
})

test("the chair and the street chair may edit anyone's profile in the org", async () => {
  await orgAs('chair').updateMyProfile({ memberId: 'm-b', version: 1, fields: profile })
  await orgAs('ancestorChair').updateMyProfile({ memberId: 'm-b', version: 2, fields: { ...profile, specialty: '法律咨询' } })
  const entries = await services.store.find<AuditDoc>('audit', { action: 'updateMyProfile' }, { sort: { actorName: 1 } })
  expect(entries.map((e) => [e.actorName, e.summary])).toEqual([
    ['周街道', '修改了成员 陈执委 的特长'],
    ['李主席', '修改了成员 陈执委 的电话、照片、特长'],
  ])
})

test('a chair of another org, a resident and a member of a child body are FORBIDDEN', async () => {
  for (const who of ['unrelatedChair', 'resident', 'childMember'] as const) {
    expect(await orgAs(who).reply('updateMyProfile', { memberId: 'm-b', version: 1, fields: profile })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  }
})

test('an image from outside the product, or a post in the fields, is INVALID_INPUT', async () => {
  const outside = await orgAs('member').reply('updateMyProfile', { memberId: 'm-a', version: 1, fields: { ...profile, photoUrl: 'https://evil.example/x.jpg' } })
  expect(outside).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'fields.photoUrl' }] } })
  const post = await orgAs('member').raw('updateMyProfile', { memberId: 'm-a', version: 1, fields: { ...profile, post: 'chair' } })
  expect(post).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'fields.post' }] } })
})

test('an unknown member is NOT_FOUND', async () => {
  expect(await orgAs('member').reply('updateMyProfile', { memberId: 'nobody', version: 1, fields: profile })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
})
