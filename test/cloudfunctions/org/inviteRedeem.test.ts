// org.redeemInvite: a new WeChat user turns a code into her member record's binding and
// gets the member's console; codes are single use, expire, and guessing is rate-limited.
import type { AuditDoc, InviteDoc, MemberDoc, OrgDoc } from '../../../types'
import { authorizeForOrg } from '../../../cloudfunctions/common/policy'
import type { Store } from '../../../cloudfunctions/common/store/port'
import { ctxOf, testServices, type TestServices } from '../../fixtures/services'
import { consoleServices, seedConsoleTree } from './fixtures/consoleTree'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const orgAs = (who: Who) => createCaller('org', services, who)
beforeEach(async () => {
  services = await consoleServices()
})

const SEVEN_DAYS = 7 * 24 * 3600 * 1000
const INVALID = { ok: false, error: { code: 'NOT_FOUND', message: '邀请码无效或已失效，请向妇联主席索取新的邀请' } }
const LIMITED = { ok: false, error: { code: 'RATE_LIMITED', message: '尝试次数太多，请一小时后再试' } }
const invite = (memberId = 'm-b') => orgAs('chair').createInvite({ orgId: 'comm', memberId })
const redeem = (code: string, openid = 'oid-new') => orgAs({ openid }).reply('redeemInvite', { code })
const later = (ms: number) => services.clock.set(new Date(services.clock.now().getTime() + ms).toISOString())
const memberDoc = async (id: string) => (await services.store.getById<MemberDoc>('members', id))!
const inviteDoc = async (id: string) => (await services.store.getById<InviteDoc>('invites', id))!
const roleInComm = async (openid: string) => {
  const comm = (await services.store.getById<OrgDoc>('orgs', 'comm'))!
  return authorizeForOrg(ctxOf(services, { openid }), 'org.get', comm).then(
    (standing) => standing.role,
    (error: { code: string }) => error.code,
  )
}

test('binds her WeChat to the member: she becomes a member in the policy, and the invitation is used', async () => {
  const { code, invite: created } = await invite()
  expect(await roleInComm('oid-new')).toBe('FORBIDDEN')
  expect(await redeem(code)).toEqual({
    ok: true,
    data: { org: { orgId: 'comm', code: 'hp-comm', name: '和平街道幸福社区妇联', level: 'community' }, memberId: 'm-b', name: '陈执委', post: 'member' },
  })
  expect(await roleInComm('oid-new')).toBe('member')
  expect((await memberDoc('m-b')).openid).toBe('oid-new')
  expect(await inviteDoc(created.inviteId)).toMatchObject({ usedAt: '2026-11-23T02:00:00.000Z', usedBy: 'oid-new' })
})

test('is audited in her name', async () => {
  await orgAs({ openid: 'oid-new' }).redeemInvite({ code: (await invite()).code })
  const [entry] = await services.store.find<AuditDoc>('audit', { action: 'redeemInvite' })
  expect(entry).toMatchObject({ actor: 'oid-new', actorName: '陈执委', summary: '陈执委 通过邀请绑定了微信', target: { collection: 'members', id: 'm-b' } })
})

test('a code typed in lower case or with spaces still works; a malformed one is INVALID_INPUT', async () => {
  const { code } = await invite()
  expect(await redeem('abc')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  expect((await redeem(` ${code.toLowerCase()} `)).ok).toBe(true)
})

test('is single use: anyone else gets the same answer as for a wrong code; her own retry gets her result again', async () => {
  const { code } = await invite()
  const first = await redeem(code)
  expect(await redeem(code, 'oid-someone-else')).toEqual(INVALID)
  expect(await redeem(code)).toEqual(first)
  expect(await services.store.count('audit', { action: 'redeemInvite' })).toBe(1)
})

test('expires 7 days after it was made', async () => {
  const { code } = await invite()
  later(SEVEN_DAYS + 1000)
  expect(await redeem(code)).toEqual(INVALID)
  services.clock.set(new Date(Date.parse('2026-11-23T02:00:00.000Z') + SEVEN_DAYS - 1000).toISOString())
  expect((await redeem(code)).ok).toBe(true)
})

test('a revoked code gets the same answer as an unknown one', async () => {
  const { code, invite: created } = await invite()
  await orgAs('chair').revokeInvite({ inviteId: created.inviteId })
  expect(await redeem(code)).toEqual(INVALID)
  expect(await redeem('ABCDEFGHJKLM')).toEqual(INVALID)
})

test('the 6th failed attempt in an hour is RATE_LIMITED, even with a right code; the next hour it works', async () => {
  const { code } = await invite()
  const wrong = (i: number) => `ZZZZZZZZZZZ${'23456789'[i]}`
  for (let i = 0; i < 5; i++) expect(await redeem(wrong(i))).toEqual(INVALID)
  expect(await redeem(wrong(5))).toEqual(LIMITED)
  expect(await redeem(code)).toEqual(LIMITED)
  expect((await memberDoc('m-b')).openid).toBeNull()
  expect(await redeem(wrong(6), 'oid-other-user')).toEqual(INVALID)
  later(60 * 60 * 1000)
  expect((await redeem(code)).ok).toBe(true)
})

test('a member bound meanwhile by another invitation is a CONFLICT, and that does not count as guessing', async () => {
  const one = await invite()
  const two = await invite()
  await orgAs({ openid: 'oid-first' }).redeemInvite({ code: one.code })
  for (let i = 0; i < 6; i++) expect(await redeem(two.code, 'oid-second')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这位成员已经绑定了微信' } })
  expect((await memberDoc('m-b')).openid).toBe('oid-first')
})

test('a WeChat already bound to another member of the same org is a CONFLICT; the invitation stays open', async () => {
  const { code, invite: created } = await invite()
  expect(await orgAs('member').reply('redeemInvite', { code })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '您的微信已经绑定了本妇联的成员「张执委」' } })
  expect((await inviteDoc(created.inviteId)).usedAt).toBeNull()
  expect((await memberDoc('m-b')).openid).toBeNull()
})

test('the chair of another org may be invited here too', async () => {
  const { code } = await invite()
  expect(await orgAs('unrelatedChair').redeemInvite({ code })).toMatchObject({ memberId: 'm-b' })
})

test('a member who left after the invitation was made cannot be bound', async () => {
  const { code } = await invite()
  await services.store.update('members', { _id: 'm-b' }, { $set: { status: 'left' } })
  expect(await redeem(code)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
})

test('anonymous callers are asked to sign in', async () => {
  const { code } = await invite()
  expect(await orgAs('anonymous').reply('redeemInvite', { code })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
})

/** A store where someone edits the member between the check and the write. */
function racingStore(store: Store): Store {
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key !== 'updateVersioned') return Reflect.get(target, key, receiver)
      return async (collection: Parameters<Store['updateVersioned']>[0], id: string, version: number, update: Parameters<Store['updateVersioned']>[3]) => {
        if (collection === 'members') await target.update('members', { _id: id }, { $inc: { version: 1 } })
        return target.updateVersioned(collection, id, version, update)
      }
    },
  })
}

test('if the member is edited meanwhile, she gets a CONFLICT and the invitation is released for another try', async () => {
  const raced = await testServices('2026-11-23T02:00:00.000Z')
  await seedConsoleTree(raced.store, raced.clock.now())
  const { code, invite: created } = await createCaller('org', raced, 'chair').createInvite({ orgId: 'comm', memberId: 'm-b' })
  const racing = { ...raced, store: racingStore(raced.store) }
  expect(await createCaller('org', racing, { openid: 'oid-new' }).reply('redeemInvite', { code })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  expect(await raced.store.getById<InviteDoc>('invites', created.inviteId)).toMatchObject({ usedAt: null, usedBy: null })
  expect((await createCaller('org', raced, { openid: 'oid-new' }).reply('redeemInvite', { code })).ok).toBe(true)
})
