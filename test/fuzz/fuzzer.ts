// The fuzz run: every action of every function in the contract (read from
// types/contracts.ts, so a new action is fuzzed without being named here) and each
// function's envelope, `perAction` malformed calls each, through the real `dispatch`
// against the arena, every reply judged by the oracle. A fixed seed makes a run
// repeatable call for call; each action draws from its own seed, so adding an action
// does not change what the others are sent.
import fc from 'fast-check'
import { contracts } from '../../types'
import type { FunctionName } from '../../types/contracts'
import { dispatch } from '../../cloudfunctions/common/runtime'
import { DOMAINS } from '../../server/domains'
import { CALLERS } from '../fixtures/caller'
import { Arena } from './arena'
import { actionCases, envelopeCases, type FuzzCase } from './cases'
import { judge, PROBLEMS, type Observation, type Problem, type Verdict } from './oracle'
import { READ_PROBES } from './seeds'

/** The seed of the committed test and of `npm run fuzz` (the fixed clock's day). */
export const FUZZ_SEED = 20261123
/** The pseudo-action under which a function's broken envelopes are counted. */
export const ENVELOPE = '(envelope)'
/** A call that has not answered by then is counted as a crash (a hang). */
const CALL_TIMEOUT_MS = 15_000

export interface Tally {
  calls: number
  accepted: number
  /** accepted calls that changed the store: a mutated payload that was still valid */
  acceptedWrites: number
  /** of those, the ones that stored text with NUL, control, bidi or zero-width characters or lone surrogates */
  storedOddText: number
  refused: Record<string, number>
  problems: Record<Problem, number>
  slowestMs: number
}

export interface Finding {
  fn: FunctionName
  action: string
  index: number
  who: string
  kind: FuzzCase['kind']
  problem: Problem
  detail: string
  call: string
  reply: string
}

export interface FuzzReport {
  seed: number
  perAction: number
  tallies: Map<string, Tally>
  findings: Finding[]
  ms: number
}

export interface FuzzOptions {
  seed: number
  perAction: number
  /** only these functions (all when absent) */
  functions?: readonly FunctionName[]
  /** told when an action is done, e.g. to print progress */
  onAction?: (key: string, tally: Tally) => void
}

export const emptyTally = (): Tally => ({
  calls: 0,
  accepted: 0,
  acceptedWrites: 0,
  storedOddText: 0,
  refused: {},
  problems: Object.fromEntries(PROBLEMS.map((p) => [p, 0])) as Record<Problem, number>,
  slowestMs: 0,
})

/** FNV-1a: a per-action seed from the run's seed and the action's name. */
function seedFor(seed: number, key: string): number {
  let hash = 0x811c9dc5 ^ seed
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193)
  return hash | 0
}

/** Text for a finding, cut short: a huge payload stays readable in a report. */
export function preview(value: unknown, max = 600): string {
  const text = JSON.stringify(value, (_key, item: unknown) => (typeof item === 'number' && !Number.isFinite(item) ? String(item) : item === undefined ? '(undefined)' : item))
  if (text === undefined) return String(value)
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text
}

const prototypeKeys = () => [...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(Array.prototype)].join(',')

/** Removes what a call planted on the shared prototypes, and names it. */
function cleanPrototypes(baseline: Set<string>): string[] {
  const planted: string[] = []
  for (const proto of [Object.prototype, Array.prototype] as Record<string, unknown>[]) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      if (baseline.has(key)) continue
      planted.push(key)
      delete proto[key]
    }
  }
  return planted
}

async function callOnce(arena: Arena, fn: FunctionName, item: FuzzCase, baseline: Set<string>): Promise<{ seen: Observation; ms: number }> {
  const { services } = arena
  const loggedBefore = services.errors.length
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  const seen: Observation = { logged: [], changed: [], polluted: [] }
  try {
    const hang = new Promise<never>((_resolve, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${CALL_TIMEOUT_MS} ms`)), CALL_TIMEOUT_MS)))
    seen.reply = await Promise.race([dispatch(DOMAINS[fn], item.call, { openid: CALLERS[item.who] }, services), hang])
  } catch (error) {
    seen.thrown = error ?? 'undefined'
  } finally {
    clearTimeout(timer)
  }
  const ms = performance.now() - started
  seen.logged = services.errors.slice(loggedBefore)
  seen.polluted = cleanPrototypes(baseline)
  seen.changed = await arena.changed()
  return { seen, ms }
}

/** Every read probe after an accepted write: what each one's answer shows wrong, named by the probe. */
async function probeReads(arena: Arena, baseline: Set<string>): Promise<Verdict['problems']> {
  const problems: Verdict['problems'] = []
  for (const probe of READ_PROBES) {
    const call = { action: probe.action, payload: probe.payload }
    const { seen } = await callOnce(arena, probe.fn, { who: probe.who, call, kind: 'drawn' }, baseline)
    for (const { problem, detail } of judge(probe.fn, call, { ...seen, changed: [] }).problems) {
      problems.push({ problem, detail: `after it, ${probe.fn}.${probe.action} ${preview(probe.payload, 80)} as ${probe.who}: ${detail}` })
    }
  }
  return problems
}

/** Characters that should never be stored (control, format, lone surrogates): the contract's text normalisation refuses or strips them; an accepted write that carries them is counted, not failed. */
const ODD_TEXT = /\p{Cf}|\p{Cs}|(?![\t\n\r])\p{Cc}/u
function carriesOddText(value: unknown): boolean {
  if (typeof value === 'string') return ODD_TEXT.test(value)
  return value !== null && typeof value === 'object' && Object.entries(value).some(([key, item]) => ODD_TEXT.test(key) || carriesOddText(item))
}

function record(tally: Tally, item: FuzzCase, verdict: Verdict, wrote: boolean, ms: number): void {
  tally.calls++
  tally.slowestMs = Math.max(tally.slowestMs, ms)
  if (verdict.outcome === 'accepted') {
    tally.accepted++
    if (wrote) tally.acceptedWrites++
    if (wrote && carriesOddText(item.call)) tally.storedOddText++
  } else if (verdict.outcome !== 'broken') tally.refused[verdict.outcome] = (tally.refused[verdict.outcome] ?? 0) + 1
  for (const { problem } of verdict.problems) tally.problems[problem]++
}

export async function fuzzContract(options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now()
  const arena = await Arena.open()
  const ids = arena.fixtureIds()
  const baseline = new Set(prototypeKeys().split(','))
  const report: FuzzReport = { seed: options.seed, perAction: options.perAction, tallies: new Map(), findings: [], ms: 0 }
  const late: unknown[] = []
  const onLate = (reason: unknown) => late.push(reason)
  process.on('unhandledRejection', onLate)
  try {
    for (const fn of options.functions ?? (Object.keys(contracts) as FunctionName[])) {
      for (const action of [...Object.keys(contracts[fn]), ENVELOPE]) {
        const key = `${fn}.${action}`
        const cases = fc.sample(action === ENVELOPE ? envelopeCases(fn) : actionCases(fn, action, ids), { seed: seedFor(options.seed, key), numRuns: options.perAction })
        const tally = emptyTally()
        for (const [index, item] of cases.entries()) {
          const { seen, ms } = await callOnce(arena, fn, item, baseline)
          const verdict = judge(fn, item.call, seen)
          const wrote = seen.changed.length > 0
          if (verdict.outcome === 'accepted' && wrote) verdict.problems.push(...(await probeReads(arena, baseline)))
          if (late.length > 0) verdict.problems.push({ problem: 'crash', detail: `unhandled rejection: ${preview(String(late.splice(0).join(' | ')))}` })
          record(tally, item, verdict, wrote, ms)
          for (const { problem, detail } of verdict.problems) {
            report.findings.push({ fn, action, index, who: item.who, kind: item.kind, problem, detail, call: preview(item.call), reply: preview(seen.reply ?? null) })
          }
          await arena.afterCall(wrote)
        }
        report.tallies.set(key, tally)
        options.onAction?.(key, tally)
      }
    }
  } finally {
    process.off('unhandledRejection', onLate)
    arena.close()
  }
  report.ms = Date.now() - started
  return report
}
