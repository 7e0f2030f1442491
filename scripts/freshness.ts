// Is a build output missing or older than its sources? Lets `npm start` and the tests
// build only what is missing or stale.
import fs from 'node:fs'
import path from 'node:path'

function newestMtime(entry: string): number {
  let stat: fs.Stats
  try {
    stat = fs.statSync(entry)
  } catch {
    return 0
  }
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)))
  return newest
}

/** True when `output` does not exist or any file under `sources` is newer. */
export function needsBuild(output: string, sources: string[]): boolean {
  if (!fs.existsSync(output)) return true
  const built = fs.statSync(output).mtimeMs
  return sources.some((source) => newestMtime(source) > built)
}

export const ROOT = path.resolve(__dirname, '..')
export const CLIENT_SOURCES = ['src', 'types', 'config', 'babel.config.js', 'package.json'].map((p) => path.join(ROOT, p))
