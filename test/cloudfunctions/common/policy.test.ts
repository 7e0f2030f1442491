// The policy table, tested as a table: every action of every function × every kind of
// caller. And the table is what dispatch enforces: a handler whose action has no row is
// never run, and a handler that checks nothing itself still gets only what its row allows.
import { contracts } from '../../../types'
import type { ActionCtx, OrgAccess } from '../../../cloudfunctions/common/context'
import { authorize, ORG_POLICY, POLICY, policyRow, type CallerKind, type PolicyTable } from '../../../cloudfunctions/common/policy'
import { dispatch, type Domain, type Handlers } from '../../../cloudfunctions/common/runtime'
import { member, org } from '../../fixtures/docs'
import { ctxOf, testServices, type TestServices } from '../../fixtures/services'

let services: TestServices
beforeAll(async () => {
  services = await testServices()
})

const CALLERS: Record<CallerKind, { openid: string | null }> = {
  anonymous: { openid: null },
  signedIn: { openid: 'someone' },
}

const SIGNED_IN_ONLY = { anonymous: 'UNAUTHENTICATED', signedIn: 'allow' } as const

/**
 * The first table only: who may call at all. Which staff may act on which org is the
 * second table, tested per caller kind in test/cloudfunctions/org/policyTable.test.ts.
 */
const EXPECTED: Record<string, Record<CallerKind, 'allow' | 'UNAUTHENTICATED' | 'FORBIDDEN'>> = {
  'board.get': { anonymous: 'allow', signedIn: 'allow' },
  'board.search': { anonymous: 'allow', signedIn: 'allow' },
  ...Object.fromEntries(Object.keys(contracts.org).map((action) => [`org.${action}`, SIGNED_IN_ONLY])),
  /** 述职评议: a 妇女代表 rates with the chair's one-time code, without an account */
  'org.ballotForm': { anonymous: 'allow', signedIn: 'allow' },
  'org.castBallot': { anonymous: 'allow', signedIn: 'allow' },
  'topics.listPublic': { anonymous: 'allow', signedIn: 'allow' },
  'topics.get': { anonymous: 'allow', signedIn: 'allow' },
  ...Object.fromEntries(
    Object.keys(contracts.topics)
      .filter((a) => a !== 'listPublic' && a !== 'get')
      .map((action) => [`topics.${action}`, SIGNED_IN_ONLY]),
  ),
  /** 求助: only the consent wording is public */
  'requests.terms': { anonymous: 'allow', signedIn: 'allow' },
  ...Object.fromEntries(
    Object.keys(contracts.requests)
      .filter((a) => a !== 'terms')
      .map((action) => [`requests.${action}`, SIGNED_IN_ONLY]),
  ),
  /** 台账: the chairs, by what is in each (ORG_POLICY) */
  'reports.exportLedger': SIGNED_IN_ONLY,
}

const contractActions = Object.entries(contracts).flatMap(([fn, actions]) => Object.keys(actions).map((action) => `${fn}.${action}`))

test('the expectations here cover every action in the contract', () => {
  expect(Object.keys(EXPECTED).sort()).toEqual([...contractActions].sort())
})

const rows = Object.entries(EXPECTED).flatMap(([name, byKind]) => Object.entries(byKind).map(([kind, outcome]) => [name, kind as CallerKind, outcome] as const))

test.each(rows)('%s by %s → %s', async (name, kind, outcome) => {
  const [fn, action] = name.split('.') as [string, string]
  const attempt = authorize(fn, action, ctxOf(services, CALLERS[kind]), policyRow(fn, action))
  if (outcome === 'allow') await expect(attempt).resolves.toBeUndefined()
  else await expect(attempt).rejects.toMatchObject({ code: outcome })
})

test('an action with no rule is refused, not allowed by default, and the refusal is audited', async () => {
  const before = await services.store.count('audit', { outcome: 'refused' })
  await expect(authorize('board', 'wipe', ctxOf(services, CALLERS.signedIn), policyRow('board', 'wipe'))).rejects.toMatchObject({ code: 'FORBIDDEN' })
  expect(await services.store.count('audit', { outcome: 'refused' })).toBe(before + 1)
})

describe('dispatch enforces the table, so a handler cannot forget it', () => {
  const ran: string[] = []
  const probe = async (_input: unknown, ctx: ActionCtx<OrgAccess | undefined>) => {
    ran.push(ctx.access?.org._id ?? 'no org')
    return { url: '', scene: 'x', page: '' }
  }
  const call = (domain: Domain, action: string, payload: object, openid: string | null) => dispatch(domain, { action, payload }, { openid }, services)

  beforeAll(async () => {
    await services.store.insert('orgs', org('probe-org'))
    await services.store.insert('members', member('probe-member', 'probe-org', { openid: 'oid-probe-member' }))
    await services.store.insert('members', member('probe-chair', 'probe-org', { post: 'viceChair', openid: 'oid-probe-chair' }))
  })
  beforeEach(() => {
    ran.length = 0
  })

  test('a handler registered for an action the domain has no row for is refused, audited, and never runs', async () => {
    const unlisted: Domain = { name: 'board', contract: contracts.board, handlers: { get: probe }, policy: {} }
    const before = await services.store.count('audit', { outcome: 'refused', fn: 'board', action: 'get' })
    expect(await call(unlisted, 'get', { code: 'probe-org' }, null)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await services.store.count('audit', { outcome: 'refused', fn: 'board', action: 'get' })).toBe(before + 1)
    expect(ran).toEqual([])
    const listed: Domain = { ...unlisted, policy: { get: POLICY['board.get'] } }
    expect(await call(listed, 'get', { code: 'probe-org' }, null)).toMatchObject({ ok: true })
    expect(ran).toEqual(['no org'])
  })

  test('a handler that checks nothing gets the org its row names, and only for the standings ORG_POLICY allows', async () => {
    expect(ORG_POLICY['org.qrcode']).not.toContain('resident')
    const bare: Domain = { name: 'org', contract: contracts.org, handlers: { qrcode: probe }, policy: { qrcode: POLICY['org.qrcode'] } }
    expect(await call(bare, 'qrcode', { orgId: 'probe-org' }, 'oid-probe-chair')).toMatchObject({ ok: true })
    expect(await call(bare, 'qrcode', { orgId: 'probe-org' }, 'oid-probe-member')).toMatchObject({ ok: true })
    expect(await call(bare, 'qrcode', { orgId: 'probe-org' }, 'oid-stranger')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '您没有管理这个妇联的权限' } })
    expect(await call(bare, 'qrcode', { orgId: 'no-such-org' }, 'oid-probe-chair')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(ran).toEqual(['probe-org', 'probe-org'])
  })
})

// Checked by the type check `npm test` runs first, not by jest: each line under an
// expect-error directive must fail to compile, or tsc reports the directive as unused.
const { 'org.inbox': _inbox, ...withoutInbox } = POLICY
// @ts-expect-error a contract action without a row is not a policy table
const missingRow: PolicyTable = withoutInbox
// @ts-expect-error a row for an action the contract does not have is not a policy table
const extraRow: PolicyTable = { ...POLICY, 'org.wipe': { rule: 'public' } }
// @ts-expect-error the own-record rule needs a row whose payload names a member record
const ownRecordOnOrg: PolicyTable = { ...POLICY, 'org.get': { rule: 'signedIn', org: { from: 'orgId' }, member: { only: 'ownRecord', refusal: '' } } }
const { 'requests.queue.assigned': _assigned, ...withoutAssigned } = ORG_POLICY
// @ts-expect-error every word of a row's `by` field (requests.queue: scope) needs its own ORG_POLICY key
const missingScope: typeof ORG_POLICY = withoutAssigned

const wantsOrg = async (_input: unknown, ctx: ActionCtx<OrgAccess>): Promise<never> => {
  throw new Error(ctx.access.org.name)
}
// org.qrcode's row names an org, so its handler may rely on ctx.access …
const qrcode: Handlers<'org'>['qrcode'] = wantsOrg
// @ts-expect-error … org.inbox's names none, so a handler relying on it cannot be registered there
const inbox: Handlers<'org'>['inbox'] = wantsOrg
void [missingRow, extraRow, ownRecordOnOrg, missingScope, qrcode, inbox]
