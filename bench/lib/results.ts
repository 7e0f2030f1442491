// Writes a benchmark's result as bench/results/<name>.json, in the one shape every
// benchmark shares: when, on what machine, with which parameters, the figures, the
// budget and whether it held.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { systemClock } from '../../cloudfunctions/common/time'

export const RESULTS_DIR = path.resolve(__dirname, '..', 'results')

export interface BenchResult {
  parameters: Record<string, unknown>
  figures: Record<string, unknown>
  budget: Record<string, unknown> & { rule: string }
  pass: boolean
  /** what an earlier run recorded (earlierResult), kept beside the new figures */
  before?: Record<string, unknown>
}

export function machine(): Record<string, unknown> {
  const cpus = os.cpus()
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  }
}

export function writeResult(name: string, result: BenchResult): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true })
  const file = path.join(RESULTS_DIR, `${name}.json`)
  const body = { name, measuredAt: systemClock.now().toISOString(), machine: machine(), ...result }
  fs.writeFileSync(file, JSON.stringify(body, null, 2) + '\n')
  console.log(`${name}: ${result.pass ? '达标' : '未达标'}（${result.budget.rule}），结果写入 ${path.relative(process.cwd(), file)}`)
  return file
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * What an earlier run of `name` recorded, to keep as the new result's `before`: that run's own
 * `before` if it kept one (the baseline stays the first run's), else its date, parameters and figures.
 */
export function earlierResult(name: string): Record<string, unknown> | undefined {
  const file = path.join(RESULTS_DIR, `${name}.json`)
  if (!fs.existsSync(file)) return undefined
  const previous = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
  if (previous.before) return previous.before as Record<string, unknown>
  const { measuredAt, commit, parameters, figures, pass } = previous
  return { measuredAt, commit, parameters, figures, pass }
}
