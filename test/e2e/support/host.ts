// The journeys start the product exactly as a newcomer does — `npm start` — on a free
// port and a fresh DATA_DIR, and stop it as Ctrl-C would (test/support/host.ts).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { launchHost, type LocalHost } from '../../support/host'

export type StartedHost = LocalHost

export function npmStart(readyTimeoutMs = 180_000): Promise<StartedHost> {
  return launchHost({ via: 'npm start', dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'liangpai-e2e-')), readyTimeoutMs })
}
