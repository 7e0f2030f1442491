// The local host (server/main.ts alone) for a benchmark, on a free port, with or without
// the demo data and the H5 build (test/support/host.ts does the starting and stopping).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { launchHost, type LocalHost } from '../../test/support/host'

export { ROOT } from '../../test/support/host'

export interface BenchHostOptions {
  dataDir: string
  loadDemo: boolean
  /** the H5 build to serve, or null for the API only */
  h5Dir: string | null
  /** loading a large store takes a while */
  readyTimeoutMs?: number
  /** more environment for the host, e.g. the CPU profiler preloaded (bench/submitProfile.ts) */
  env?: Record<string, string>
}

/** The environment that preloads V8's CPU profiler into the host, writing its profile to `dir` when it exits. */
export const cpuProfiled = (dir: string): Record<string, string> => ({ NODE_OPTIONS: `--require ${path.join(__dirname, 'cpuProfile.cjs')}`, CPU_PROFILE_DIR: dir })

export function startHost({ dataDir, loadDemo, h5Dir, readyTimeoutMs = 120_000, env: more = {} }: BenchHostOptions): Promise<LocalHost> {
  const env: Record<string, string> = { HOST: '127.0.0.1', LOAD_DEMO: loadDemo ? '1' : '0', H5_DIR: h5Dir ?? '', ...more }
  // BENCH_CPU_PROFILE_DIR=<folder>: the host writes a V8 CPU profile of its whole run there
  const profileDir = process.env.BENCH_CPU_PROFILE_DIR
  if (profileDir && !env.CPU_PROFILE_DIR) Object.assign(env, cpuProfiled(profileDir))
  // A data set generated just before (the duty benchmark makes its two trees afresh on every
  // run: 92 MiB of store files and 5,120 files of entries) is still being written back to the
  // disk by the kernel for the next half minute, on the same two cores as the host being
  // measured: written out first, so that a round does not measure the seeding's writeback
  // (measured: board.get on the tree written last ran at 0.86–0.87× the other tree right
  // after the seeding, 0.98× on the same trees once written out).
  spawnSync('sync', { stdio: 'ignore' })
  // stopping compacts every collection file, which takes about as long as loading them
  return launchHost({ via: 'server', dataDir, env, readyTimeoutMs, stopTimeoutMs: readyTimeoutMs })
}

/** The /proc folders of the host's processes (tsx and the node running server/main.ts) on this data dir. */
export function hostProcesses(dataDir: string): string[] {
  const found: string[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      if (!fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('server/main.ts')) continue
      if (fs.readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(`DATA_DIR=${dataDir}`)) found.push(`/proc/${entry}`)
    } catch {
      // the process ended while we looked
    }
  }
  return found
}

/** CPU time (user and system, in ms) the host's processes on this data dir have used so far, from /proc/<pid>/stat. */
export function hostCpuMs(dataDir: string): number {
  let ticks = 0
  for (const dir of hostProcesses(dataDir)) {
    try {
      // the fields after the command's closing parenthesis: utime and stime are the 12th and 13th
      const fields = fs.readFileSync(`${dir}/stat`, 'utf8').split(') ')[1].split(' ')
      ticks += Number(fields[11]) + Number(fields[12])
    } catch {
      // the process ended while we looked
    }
  }
  // the kernel counts in USER_HZ, 100 a second on Linux
  return ticks * 10
}
