// A worker thread of the local host whose body is one of its own modules (server/<name>.ts):
// run from sources (npm start, tests, benchmarks), the thread loads it through tsx, as the
// host itself is loaded; from a build, the `.js` beside this one.
import path from 'node:path'
import { Worker } from 'node:worker_threads'

const BOOT = `
const { workerData } = require('node:worker_threads')
if (workerData.tsx) require(workerData.tsx).register()
require(workerData.entry)
`
const fromSources = __filename.endsWith('.ts')

/** Starts a thread running `server/<name>`; it keeps the process alive until it is unref'd or ends. */
export function startSourceWorker(name: string): Worker {
  const workerData = { entry: path.join(__dirname, fromSources ? `${name}.ts` : `${name}.js`), tsx: fromSources ? require.resolve('tsx/cjs/api') : null }
  return new Worker(BOOT, { eval: true, workerData, execArgv: [] })
}
