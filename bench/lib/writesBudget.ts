// Budget 5 of issue 17, shared by the 求助 and 议事 benchmarks: submit's p99 at most three
// times board.get's p99, both measured in the same run on the same host. What an earlier
// run recorded is kept: its figures as `before` (the first run's stay the `before` of every
// later one) and the CPU profile of submit (bench/submitProfile.ts) as `profile`.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { LoadFigures } from './load'
import { RESULTS_DIR } from './results'

export const MAX_SUBMIT_P99_RATIO = 3

export const p99Ratio = (a: LoadFigures, b: LoadFigures): number => Math.round((a.p99Ms / b.p99Ms) * 100) / 100

export const loadAverage = (): string =>
  os
    .loadavg()
    .map((n) => Math.round(n * 100) / 100)
    .join(' / ')

/** `before` and `profile` of the earlier result file of `name`, to be written again with the new figures. */
export function kept(name: string): { before?: unknown; profile?: unknown } {
  const file = path.join(RESULTS_DIR, `${name}.json`)
  if (!fs.existsSync(file)) return {}
  const earlier = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
  const before = earlier.before ?? { measuredAt: earlier.measuredAt, figures: earlier.figures, pass: earlier.pass }
  return { before, ...(earlier.profile ? { profile: earlier.profile } : {}) }
}
