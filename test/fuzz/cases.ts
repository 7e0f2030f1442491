// What the fuzzer sends, per action of the contract: mutated valid calls (most of them),
// calls drawn from the schema as they are and mutated, and plain noise; and, per
// function, broken envelopes (no action, a number for one, unknown names, odd request
// ids). Each as one of the kinds of caller, the one a valid call was written for most
// often, since only she gets past the policy to the payload's checks.
import fc from 'fast-check'
import { contracts } from '../../types'
import type { FunctionName } from '../../types/contracts'
import { MAX_JSON_DEPTH } from '../../server/requestBody'
import type { CallerName } from '../fixtures/caller'
import { mutationsOf } from './mutate'
import { extraKey, nest, PLANTED, withOwnKey, wrongKind } from './nasty'
import { arbitraryOf } from './schemaSample'
import { seedsOf } from './seeds'

/** Anonymous, a resident, a member, the chair and the chair above toward 幸福社区, and a chair elsewhere. */
export const FUZZ_CALLERS: readonly CallerName[] = ['anonymous', 'resident', 'member', 'chair', 'ancestorChair', 'unrelatedChair']

export type CaseKind = 'mutated' | 'drawn' | 'noise' | 'envelope'
export interface FuzzCase {
  who: CallerName
  /** the whole call envelope, as a client would send it */
  call: unknown
  kind: CaseKind
}

const anyCaller = fc.constantFrom(...FUZZ_CALLERS)

/** How deep a value nests (a scalar is 0): the host refuses a body past MAX_JSON_DEPTH. */
export function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0
  let deepest = 0
  for (const item of Object.values(value)) deepest = Math.max(deepest, depthOf(item))
  return deepest + 1
}
const hostWouldParse = (item: FuzzCase) => depthOf(item.call) <= MAX_JSON_DEPTH

/** JSON numbers that parse to what JSON.stringify cannot write: 1e309 is Infinity, -0 stays -0. */
const WIRE_NUMBERS = new Map<string, number>([
  ['\u0000wire:Infinity', Infinity],
  ['\u0000wire:-Infinity', -Infinity],
  ['\u0000wire:-0', -0],
])
const wireName = (value: number) => [...WIRE_NUMBERS].find(([, number]) => Object.is(number, value))?.[0]

/**
 * What reaches dispatch when a client sends `value`: both the local host and WeChat's
 * callFunction carry JSON, so undefined drops out and NaN becomes null, while Infinity
 * (sent as 1e309), -0 and an own `__proto__` key arrive as they are.
 */
export function overTheWire(value: unknown): unknown {
  const text = JSON.stringify(value, (_key, item: unknown) => (typeof item === 'number' ? (wireName(item) ?? item) : item))
  if (text === undefined) return undefined
  return JSON.parse(text, (_key, item: unknown) => (typeof item === 'string' && WIRE_NUMBERS.has(item) ? WIRE_NUMBERS.get(item) : item))
}
const onTheWire = (item: FuzzCase): FuzzCase => ({ ...item, call: overTheWire(item.call) })

const inputOf = (fn: FunctionName, action: string) => (contracts[fn] as Record<string, { input: Parameters<typeof arbitraryOf>[0] }>)[action].input

/** Payloads of everything but the right shape: noise, or the schema's own keys holding wrong values. */
function noise(keys: string[]): fc.Arbitrary<unknown> {
  const wrongFields = keys.length > 0 ? fc.dictionary(fc.constantFrom(...keys), wrongKind, { minKeys: 1 }) : wrongKind
  return fc.oneof(
    wrongKind,
    wrongFields,
    fc.anything({ maxDepth: 4 }),
    fc.jsonValue({ maxDepth: 4 }),
    fc.tuple(fc.integer({ min: 2, max: MAX_JSON_DEPTH - 2 }), fc.boolean()).map(([levels, asArray]) => nest(levels, {}, asArray)),
    extraKey.map((key) => withOwnKey({}, key, PLANTED)),
  )
}

/** The malformed calls of one action. */
export function actionCases(fn: FunctionName, action: string, ids: readonly string[]): fc.Arbitrary<FuzzCase> {
  const seeds = seedsOf(fn, action)
  const drawn = arbitraryOf(inputOf(fn, action), ids)
  const as = (kind: CaseKind, payloads: fc.Arbitrary<unknown>, who: fc.Arbitrary<CallerName> = anyCaller) =>
    fc.tuple(payloads, who).map(([payload, caller]): FuzzCase => ({ who: caller, call: { action, payload }, kind }))
  const keys = seeds.length > 0 ? Object.keys(seeds[0].payload as object) : []
  const options = [
    {
      arbitrary: as(
        'mutated',
        drawn.chain((base) => mutationsOf(base, ids)),
      ),
      weight: seeds.length > 0 ? 2 : 6,
    },
    { arbitrary: as('drawn', drawn), weight: 1 },
    { arbitrary: as('noise', noise(keys)), weight: 2 },
  ]
  if (seeds.length > 0) {
    const mutatedSeed = fc
      .constantFrom(...seeds)
      .chain((seed) => as('mutated', mutationsOf(seed.payload, ids), fc.oneof({ arbitrary: fc.constant(seed.who), weight: 3 }, anyCaller)))
    options.push({ arbitrary: mutatedSeed, weight: 5 })
  }
  return fc
    .oneof(...options)
    .map(onTheWire)
    .filter(hostWouldParse)
}

const ODD_ACTIONS = [
  '',
  ' ',
  'GET',
  'get ',
  ' get',
  'x'.repeat(65),
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  'get\u0000',
  '../get',
  'org.get',
  'board/get',
  '*',
  '$where',
]
const ODD_REQUEST_IDS = ['', 'short', 'x'.repeat(65), 'abc/../def', '../../../../', 'abcdefgh\u0000', 'abcdefgh ', '请求请求请求请求', 'req-12345678', 'AAAAAAAA', '__proto__x']

/** Broken envelopes for function `fn`: the action, the payload and the request id all in doubt. */
export function envelopeCases(fn: FunctionName): fc.Arbitrary<FuzzCase> {
  const own = Object.keys(contracts[fn])
  const others = (Object.keys(contracts) as FunctionName[]).filter((name) => name !== fn).flatMap((name) => Object.keys(contracts[name]))
  const action = fc.oneof({ arbitrary: fc.constantFrom(...own), weight: 3 }, fc.constantFrom(...ODD_ACTIONS, ...others), wrongKind, fc.string({ maxLength: 70 }))
  const payload = fc.oneof(fc.constantFrom(...own.flatMap((name) => seedsOf(fn, name).map((seed) => seed.payload))), wrongKind)
  const requestId = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), fc.constantFrom(...ODD_REQUEST_IDS), wrongKind, fc.string({ maxLength: 70 }))
  const envelope = fc.record({ action, payload, requestId, openid: fc.constantFrom('oid-chair', 'oid-street-chair'), extra: wrongKind }, { requiredKeys: [] })
  const polluted = fc.tuple(envelope, extraKey).map(([call, key]) => withOwnKey({ ...call }, key, PLANTED))
  const calls = fc.oneof({ arbitrary: envelope, weight: 6 }, { arbitrary: polluted, weight: 1 }, { arbitrary: wrongKind, weight: 1 })
  return fc.tuple(calls, anyCaller).map(([call, who]): FuzzCase => onTheWire({ who, call, kind: 'envelope' }))
}
