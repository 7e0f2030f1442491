// The policy table, tested as a table: every action of every function × every kind of
// caller, and no action in the contract without a rule or a handler.
import { contracts } from '../../../types'
import { authorize, POLICY, type CallerKind } from '../../../cloudfunctions/common/policy'
import { DOMAINS } from '../../../server/domains'
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
  'topics.listPublic': { anonymous: 'allow', signedIn: 'allow' },
  'topics.get': { anonymous: 'allow', signedIn: 'allow' },
  ...Object.fromEntries(Object.keys(contracts.topics).filter((a) => a !== 'listPublic' && a !== 'get').map((action) => [`topics.${action}`, SIGNED_IN_ONLY])),
  /** 求助: only the consent wording is public */
  'requests.terms': { anonymous: 'allow', signedIn: 'allow' },
  ...Object.fromEntries(Object.keys(contracts.requests).filter((a) => a !== 'terms').map((action) => [`requests.${action}`, SIGNED_IN_ONLY])),
}

const contractActions = Object.entries(contracts).flatMap(([fn, actions]) => Object.keys(actions).map((action) => `${fn}.${action}`))

test('every action in the contract has a rule, an expectation here and a handler', () => {
  expect(Object.keys(POLICY).sort()).toEqual([...contractActions].sort())
  expect(Object.keys(EXPECTED).sort()).toEqual([...contractActions].sort())
  for (const name of contractActions) {
    const [fn, action] = name.split('.')
    expect(typeof DOMAINS[fn]?.handlers[action]).toBe('function')
  }
})

const rows = Object.entries(EXPECTED).flatMap(([name, byKind]) =>
  Object.entries(byKind).map(([kind, outcome]) => [name, kind as CallerKind, outcome] as const),
)

test.each(rows)('%s by %s → %s', async (name, kind, outcome) => {
  const [fn, action] = name.split('.')
  const attempt = authorize(fn, action, ctxOf(services, CALLERS[kind]))
  if (outcome === 'allow') await expect(attempt).resolves.toBeUndefined()
  else await expect(attempt).rejects.toMatchObject({ code: outcome })
})

test('an action with no rule is refused, not allowed by default, and the refusal is audited', async () => {
  const before = await services.store.count('audit', { outcome: 'refused' })
  await expect(authorize('board', 'wipe', ctxOf(services, CALLERS.signedIn))).rejects.toMatchObject({ code: 'FORBIDDEN' })
  expect(await services.store.count('audit', { outcome: 'refused' })).toBe(before + 1)
})
