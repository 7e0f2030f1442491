// `npm test`: the lint (import boundaries, generic rules, formatting), the type check,
// then every jest suite — handlers and adapters (`unit`), then the mini-program build
// (`build`: WeChat's compilers, its compile and code-quality check, no browser globals,
// the conventions a reviewer checks), then that build run headless in Node through three
// journeys (`weapp`, reusing the build's dist/weapp), then the durability run (help requests
// while the host is killed and restarted), then the browser journeys against `npm start`'s host (`e2e`).
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { ROOT } from './freshness'

function run(label: string, command: string, args: string[]): void {
  console.log(`\n== ${label} ==`)
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin', command), args, { cwd: ROOT, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`\n${label} failed (exit ${result.status ?? result.signal}).`)
    process.exit(result.status ?? 1)
  }
}

run('lint (ESLint, as `npm run lint`)', 'eslint', ['--max-warnings', '0', '.'])
run('format check (Prettier, as `npm run lint`)', 'prettier', ['--check', '--cache', '--log-level', 'warn', '.'])
run('typecheck', 'tsc', ['--noEmit', '-p', 'tsconfig.json'])
run('unit and integration tests', 'jest', ['--selectProjects', 'unit', ...process.argv.slice(2)])
run('mini-program build (taro build --type weapp, checked by wcc and wcsc, WeChat’s compile and its 11-item code-quality check)', 'jest', [
  '--selectProjects',
  'build',
  ...process.argv.slice(2),
])
run('the built mini-program run headless (board, 找我的执委, 我要求助 up to consent)', 'jest', ['--selectProjects', 'weapp', ...process.argv.slice(2)])
run('durability (2,000 help requests, host killed twice)', 'tsx', ['test/durability/run.ts'])
run('end-to-end tests (Chromium)', 'jest', ['--selectProjects', 'e2e', '--runInBand', ...process.argv.slice(2)])
