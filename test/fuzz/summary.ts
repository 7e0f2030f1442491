// The fuzz run in a few lines: per action, per function and in total, the calls, how
// many were accepted (and wrote), the refusals by code, and every kind of problem; then
// the first findings with the call and the reply that show them.
import type { FunctionName } from '../../types/contracts'
import type { Problem } from './oracle'
import { emptyTally, type FuzzReport, type Tally } from './fuzzer'

const LABEL: Record<Problem, string> = {
  internal: 'INTERNAL',
  crash: 'crashes',
  unexpectedWrite: 'unexpected writes',
  badMessage: 'bad messages',
  loggedError: 'logged errors',
  offContract: 'off-contract data',
}

function add(into: Tally, from: Tally): void {
  into.calls += from.calls
  into.accepted += from.accepted
  into.acceptedWrites += from.acceptedWrites
  into.storedOddText += from.storedOddText
  into.slowestMs = Math.max(into.slowestMs, from.slowestMs)
  for (const [code, n] of Object.entries(from.refused)) into.refused[code] = (into.refused[code] ?? 0) + n
  for (const problem of Object.keys(from.problems) as Problem[]) into.problems[problem] += from.problems[problem]
}

function sum(tallies: Tally[]): Tally {
  const total = emptyTally()
  for (const tally of tallies) add(total, tally)
  return total
}

export function line(name: string, tally: Tally): string {
  const refused = Object.entries(tally.refused)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, n]) => `${code} ${n}`)
    .join(', ')
  const problems = (Object.keys(LABEL) as Problem[]).map((problem) => `${LABEL[problem]} ${tally.problems[problem]}`).join(', ')
  return `${name.padEnd(26)} calls ${String(tally.calls).padStart(6)} | accepted ${tally.accepted} (wrote ${tally.acceptedWrites}, odd text ${tally.storedOddText}) | refused ${refused || '-'} | ${problems} | slowest ${tally.slowestMs.toFixed(0)} ms`
}

/** Per function and in total (per action too when `perAction`). */
export function summaryLines(report: FuzzReport, perAction = false): string[] {
  const lines: string[] = []
  const byFunction = new Map<FunctionName, Tally[]>()
  for (const [key, tally] of report.tallies) {
    const fn = key.split('.')[0] as FunctionName
    byFunction.set(fn, [...(byFunction.get(fn) ?? []), tally])
    if (perAction) lines.push(line(`  ${key}`, tally))
  }
  for (const [fn, tallies] of byFunction) lines.push(line(fn, sum(tallies)))
  lines.push(line('TOTAL', sum([...report.tallies.values()])))
  lines.push(`seed ${report.seed}, ${report.perAction} calls per action, ${report.tallies.size} actions and envelopes, ${(report.ms / 1000).toFixed(1)} s`)
  return lines
}

/** The first `max` findings, each with what was sent and what came back. */
export function findingLines(report: FuzzReport, max = 20): string[] {
  return report.findings
    .slice(0, max)
    .map((f) => `${LABEL[f.problem]} in ${f.fn}.${f.action} #${f.index} (${f.kind}, as ${f.who}): ${f.detail}\n    call:  ${f.call}\n    reply: ${f.reply}`)
}
