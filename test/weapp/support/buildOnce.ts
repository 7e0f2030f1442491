// The weapp project's global set-up: the journeys run on dist/weapp, so it is built
// once, before any test file, when it is missing or older than its sources (after the
// `build` project in `npm test` it is fresh and reused). REUSE_WEAPP_DIST=1 runs on
// whatever dist/weapp holds, e.g. a build from another machine.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { CLIENT_SOURCES, needsBuild, ROOT } from '../../../scripts/freshness'

export default function buildOnce(): void {
  const app = path.join(ROOT, 'dist', 'weapp', 'app.js')
  if (process.env.REUSE_WEAPP_DIST === '1' && fs.existsSync(app)) return
  if (!needsBuild(app, CLIENT_SOURCES)) return
  // a production build whatever NODE_ENV jest set: under NODE_ENV=test babel-preset-taro adds react-refresh
  const build = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'taro'), ['build', '--type', 'weapp'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (build.status !== 0) throw new Error(`taro build --type weapp failed (${build.status}):\n${build.stdout}\n${build.stderr}`)
}
