// The local host (server/main.ts alone) for a benchmark, on a free port, with or without
// the demo data and the H5 build (test/support/host.ts does the starting and stopping).
import { launchHost, type LocalHost } from '../../test/support/host'

export { ROOT } from '../../test/support/host'

export interface BenchHostOptions {
  dataDir: string
  loadDemo: boolean
  /** the H5 build to serve, or null for the API only */
  h5Dir: string | null
  /** loading a large store takes a while */
  readyTimeoutMs?: number
}

export function startHost({ dataDir, loadDemo, h5Dir, readyTimeoutMs = 120_000 }: BenchHostOptions): Promise<LocalHost> {
  const env = { HOST: '127.0.0.1', LOAD_DEMO: loadDemo ? '1' : '0', H5_DIR: h5Dir ?? '' }
  // stopping compacts every collection file, which takes about as long as loading them
  return launchHost({ via: 'server', dataDir, env, readyTimeoutMs, stopTimeoutMs: readyTimeoutMs })
}
