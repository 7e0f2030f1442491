// `npm start`: builds the H5 app if it is missing or stale, then starts the local host
// (server/main.ts), which loads the demo data into an empty store and prints the URLs.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { CLIENT_SOURCES, needsBuild, ROOT } from './freshness'

function buildH5(): void {
  console.log('正在构建 H5 页面（首次约 15 秒）…')
  // A production build whatever NODE_ENV the caller has: under NODE_ENV=test (jest)
  // babel-preset-taro adds react-refresh and the pages never render.
  const env = { ...process.env, NODE_ENV: 'production' }
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/taro'), ['build', '--type', 'h5'], { cwd: ROOT, stdio: 'inherit', env })
  if (result.status !== 0) {
    console.error('H5 构建失败，请查看上面的输出。')
    process.exit(result.status ?? 1)
  }
}

if (process.env.H5_DIR !== '' && needsBuild(path.join(ROOT, 'dist/h5/index.html'), CLIENT_SOURCES)) buildH5()

import('../server/main')
  .then(({ main }) => main())
  .catch((error: unknown) => {
    console.error('本地服务启动失败：', error instanceof Error ? error.message : error)
    process.exit(1)
  })
