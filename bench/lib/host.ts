// The local host (server/main.ts alone) for a benchmark, on a free port, with or without
// the demo data and the H5 build (test/support/host.ts does the starting and stopping).
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
  // stopping compacts every collection file, which takes about as long as loading them
  return launchHost({ via: 'server', dataDir, env, readyTimeoutMs, stopTimeoutMs: readyTimeoutMs })
}
