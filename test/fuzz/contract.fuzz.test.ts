// The contract fuzz as a unit test: every action of every function, as every kind of
// caller, sent a small number of malformed calls with the fixed seed (npm run fuzz sends
// the full count). Not one may be INTERNAL, crash, log an error, be worded for a
// developer, or write on a refusal. The valid calls the nastiest payloads are mutated
// from must themselves succeed, or the fuzz would only ever meet the schema.
import { contracts } from '../../types'
import type { FunctionName } from '../../types/contracts'
import { dispatch } from '../../cloudfunctions/common/runtime'
import { DOMAINS } from '../../server/domains'
import { CALLERS } from '../fixtures/caller'
import { Arena } from './arena'
import { ENVELOPE, FUZZ_SEED, fuzzContract } from './fuzzer'
import { seedsOf } from './seeds'
import { findingLines, summaryLines } from './summary'

/** Small enough to keep the unit project quick; `npm run fuzz` sends 1,000. */
const PER_ACTION = 25

const FUNCTIONS = Object.keys(contracts) as FunctionName[]
const seedRows = FUNCTIONS.flatMap((fn) => Object.keys(contracts[fn]).flatMap((action) => seedsOf(fn, action).map((seed, index) => [`${fn}.${action}`, index, seed] as const)))

let arena: Arena
beforeAll(async () => {
  arena = await Arena.open()
})
afterAll(() => arena.close())

test.each(seedRows)('the valid call %s #%i succeeds on the fuzz arena', async (key, _index, { who, payload }) => {
  const [fn, action] = key.split('.') as [FunctionName, string]
  await arena.reset()
  const reply = await dispatch(DOMAINS[fn], { action, payload }, { openid: CALLERS[who] }, arena.services)
  expect(reply).toMatchObject({ ok: true })
})

test(`${PER_ACTION} malformed calls per action and per envelope: no INTERNAL, no crash, no write on a refusal`, async () => {
  const report = await fuzzContract({ seed: FUZZ_SEED, perAction: PER_ACTION })
  const expected = FUNCTIONS.flatMap((fn) => [...Object.keys(contracts[fn]), ENVELOPE].map((action) => `${fn}.${action}`))
  expect([...report.tallies.keys()]).toEqual(expected)
  for (const tally of report.tallies.values()) expect(tally.calls).toBe(PER_ACTION)
  // the findings, each with its call and reply, are the failure message
  expect({ findings: findingLines(report, 10), summary: report.findings.length > 0 ? summaryLines(report) : [] }).toEqual({ findings: [], summary: [] })
}, 60_000)
