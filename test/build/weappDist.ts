// The mini-program the build tests check: `taro build --type weapp` into dist/weapp, made
// once per jest run by the build project's global setup (test/build/globalSetup.ts), so
// every build test file reads the same output. Set REUSE_WEAPP_DIST=1 to check an
// existing dist/weapp instead of building (≈1–3 min here).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const ROOT = path.resolve(__dirname, '..', '..')
export const DIST = path.join(ROOT, 'dist', 'weapp')

export function buildWeapp(): void {
  if (process.env.REUSE_WEAPP_DIST === '1' && fs.existsSync(path.join(DIST, 'app.json'))) return
  const build = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'taro'), ['build', '--type', 'weapp'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (build.status !== 0) throw new Error(`taro build --type weapp failed (${build.status}):\n${build.stdout}\n${build.stderr}`)
}

export const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'))

export function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}
