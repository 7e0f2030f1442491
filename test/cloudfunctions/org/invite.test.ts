// org.createInvite / listInvites / revokeInvite: a chair makes a one-time code for an
// unbound member (shown once, 7 days), sees every invitation's status, and revokes one.
import { createHash } from 'node:crypto'
import { INVITE_CODE_PATTERN, type AuditDoc, type InviteDoc } from '../../../types'
import { INVITE_ALPHABET } from '../../../cloudfunctions/org/handlers/createInvite'
import { member } from '../../fixtures/docs'
import type { TestServices } from '../../fixtures/services'
import { consoleServices, type CallerName } from './fixtures/consoleTree'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const orgAs = (who: Who) => createCaller('org', services, who)
beforeEach(async () => {
  services = await consoleServices()
})

const SEVEN_DAYS = 7 * 24 * 3600 * 1000
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
const create = (memberId: string, who: CallerName = 'chair', requestId?: string) => orgAs(who).reply('createInvite', { orgId: 'comm', memberId }, requestId)
const created = (memberId: string, requestId?: string) => orgAs('chair').createInvite({ orgId: 'comm', memberId }, requestId)
const list = (who: CallerName = 'chair') => orgAs(who).listInvites({ orgId: 'comm' })
const redeem = (code: string, openid: string) => orgAs({ openid }).reply('redeemInvite', { code })
const redeemed = (code: string, openid: string) => orgAs({ openid }).redeemInvite({ code })
const later = (ms: number) => services.clock.set(new Date(services.clock.now().getTime() + ms).toISOString())

describe('createInvite', () => {
  test('gives a 12-symbol code once, with the redeem path, valid for 7 days; only its hash is kept', async () => {
    const { invite, code, path } = await created('m-b')
    expect(code).toMatch(INVITE_CODE_PATTERN)
    expect(path).toBe(`staff/pages/redeem/index?code=${code}`)
    expect(invite).toMatchObject({ orgId: 'comm', memberId: 'm-b', memberName: '陈执委', status: 'open', createdAt: '2026-11-23T02:00:00.000Z' })
    expect(Date.parse(invite.expiresAt) - Date.parse(invite.createdAt)).toBe(SEVEN_DAYS)
    const stored = (await services.store.getById<InviteDoc>('invites', invite.inviteId))!
    expect(stored.codeHash).toBe(sha256(code))
    expect(JSON.stringify(await services.store.find('invites', {}))).not.toContain(code)
    expect(JSON.stringify(await services.store.find('audit', {}))).not.toContain(code)
  })

  test('the alphabet is exactly the code pattern’s 32 symbols (60 bits in 12), and codes differ', async () => {
    expect(INVITE_ALPHABET).toHaveLength(32)
    expect(new Set(INVITE_ALPHABET).size).toBe(32)
    for (const symbol of INVITE_ALPHABET) expect(symbol.repeat(12)).toMatch(INVITE_CODE_PATTERN)
    const codes = new Set<string>()
    for (let i = 0; i < 5; i++) codes.add((await created('m-vol')).code)
    expect(codes.size).toBe(5)
  })

  test('is audited with the chair’s name and a Chinese summary', async () => {
    const { invite } = await created('m-b')
    const [entry] = await services.store.find<AuditDoc>('audit', { action: 'createInvite' })
    expect(entry).toMatchObject({ actorName: '李主席', outcome: 'changed', orgId: 'comm', target: { collection: 'invites', id: invite.inviteId } })
    expect(entry.summary).toBe('为成员 陈执委 生成了邀请（7 天内有效）')
  })

  test('the street chair may invite for her community; a member, a resident and another org’s chair may not', async () => {
    expect((await create('m-b', 'ancestorChair')).ok).toBe(true)
    for (const who of ['member', 'resident', 'unrelatedChair'] as const) {
      expect(await create('m-b', who)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
  })

  test('a bound, departed or other org’s member cannot be invited; an unknown one is NOT_FOUND', async () => {
    await services.store.insert('members', member('m-elsewhere', 'comm2', { name: '外单位' }))
    const cases: Array<[string, string, string]> = [
      ['m-a', 'CONFLICT', '这位成员已经绑定了微信，不需要再邀请'],
      ['m-left', 'CONFLICT', '这位成员已离任，不能邀请'],
      ['m-elsewhere', 'CONFLICT', '这位成员不属于这个妇联'],
      ['m-nobody', 'NOT_FOUND', '没有找到这位成员'],
    ]
    for (const [memberId, code, message] of cases) expect(await create(memberId)).toMatchObject({ ok: false, error: { code, message } })
    expect(await orgAs('chair').reply('createInvite', { orgId: 'nowhere', memberId: 'm-b' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  test('a retry with the same requestId leaves one invitation whose latest code works', async () => {
    const first = await created('m-b', 'req-create-0001')
    const again = await created('m-b', 'req-create-0001')
    expect(again.invite).toEqual(first.invite)
    expect(await services.store.count('invites', { memberId: 'm-b', _id: first.invite.inviteId })).toBe(1)
    expect(await services.store.count('invites', { memberId: 'm-b' })).toBe(2) // the fixture's own plus this one
    expect(await redeem(first.code, 'oid-new')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await redeemed(again.code, 'oid-new')).toMatchObject({ memberId: 'm-b' })
  })

  test('a new requestId is a new invitation', async () => {
    const one = await created('m-b', 'req-create-0001')
    const two = await created('m-b', 'req-create-0002')
    expect(two.invite.inviteId).not.toBe(one.invite.inviteId)
  })

  test('a retry after the invitation was used is a CONFLICT, not a fresh code', async () => {
    const first = await created('m-vol', 'req-create-0003')
    await redeemed(first.code, 'oid-new')
    expect(await create('m-vol', 'chair', 'req-create-0003')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })
})

describe('listInvites', () => {
  test('shows each invitation as open, used, revoked or expired, by the clock', async () => {
    const early = await created('m-vol')
    later(3 * 24 * 3600 * 1000)
    const used = await created('m-b')
    const revoked = await created('m-b')
    const open = await created('m-b')
    await redeemed(used.code, 'oid-new')
    await orgAs('chair').revokeInvite({ inviteId: revoked.invite.inviteId })
    later(4 * 24 * 3600 * 1000 + 1000)
    const statuses = Object.fromEntries((await list()).invites.map((invite) => [invite.inviteId, invite.status]))
    expect(statuses).toMatchObject({
      [early.invite.inviteId]: 'expired',
      [used.invite.inviteId]: 'used',
      [revoked.invite.inviteId]: 'revoked',
      [open.invite.inviteId]: 'open',
    })
  })

  test('lists only this org’s invitations, newest first, with member names', async () => {
    const fixtureInvite = (await services.store.getById<InviteDoc>('invites', 'inv-open'))!
    await services.store.insert('invites', { ...fixtureInvite, _id: 'inv-sibling', orgId: 'comm2', memberId: 's-chair', codeHash: '1'.repeat(64) })
    later(1000)
    const mine = await created('m-vol')
    const { invites } = await list()
    expect(invites.map((invite) => invite.inviteId)).toEqual([mine.invite.inviteId, 'inv-open'])
    expect(invites.map((invite) => invite.memberName)).toEqual(['赵志愿', '陈执委'])
  })

  test('is for chairs only', async () => {
    expect(await orgAs('member').reply('listInvites', { orgId: 'comm' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await list('ancestorChair')).invites.length).toBeGreaterThan(0)
  })
})

describe('revokeInvite', () => {
  const revoke = (inviteId: string, who: CallerName = 'chair') => orgAs(who).reply('revokeInvite', { inviteId })
  const revoked = (inviteId: string) => orgAs('chair').revokeInvite({ inviteId })

  test('an open invitation stops working at once, and the revocation is audited', async () => {
    const { invite, code } = await created('m-b')
    expect(await revoked(invite.inviteId)).toMatchObject({ invite: { inviteId: invite.inviteId, status: 'revoked' } })
    expect(await redeem(code, 'oid-new')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const [entry] = await services.store.find<AuditDoc>('audit', { action: 'revokeInvite' })
    expect(entry).toMatchObject({ actorName: '李主席', summary: '撤销了成员 陈执委 的邀请' })
  })

  test('revoking twice, or a used invitation, is a CONFLICT in Chinese', async () => {
    const { invite } = await created('m-b')
    await revoked(invite.inviteId)
    expect(await revoke(invite.inviteId)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这个邀请已经撤销过了' } })
    const used = await created('m-vol')
    await redeemed(used.code, 'oid-new')
    expect(await revoke(used.invite.inviteId)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这个邀请已经被使用，不能撤销' } })
  })

  test('an unknown invitation is NOT_FOUND; a member or another org’s chair may not revoke', async () => {
    expect(await revoke('inv-nowhere')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    for (const who of ['member', 'unrelatedChair'] as const) expect(await revoke('inv-open', who)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await services.store.getById<InviteDoc>('invites', 'inv-open'))!.revokedAt).toBeNull()
  })
})
