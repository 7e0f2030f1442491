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
