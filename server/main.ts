// Starts the local host: opens the embedded store under DATA_DIR, loads the demo data
// into an empty store, serves the API and the H5 build, anonymises expired help
// requests at start and every hour (on WeChat a timer-triggered function does it), and
// stops cleanly on SIGINT/SIGTERM. Run by `npm start` (scripts/start.ts) and by the benchmarks.
import fs from 'node:fs'
import path from 'node:path'
import { CalendarSource } from '../cloudfunctions/common/calendar'
import type { Logger, Services } from '../cloudfunctions/common/context'
import { NedbStore } from './nedb'
import { systemClock } from '../cloudfunctions/common/time'
import { readConfig } from './config'
import { loadDemo } from './demo/loadDemo'
import { startHost } from './host'
import { lineWriter } from './lineWriter'
import { EMPTY_DENY_LIST, localPorts } from './ports'
import { ensureLocalKey, localKeyWarning } from './vault'
import { secureDataDir } from './dataDir'
import { KEY_ENV } from '../cloudfunctions/common/vault'
import { anonymiseExpired, retentionDaysFrom } from '../cloudfunctions/requests/lib/retention'
import { removeExpiredExports } from '../cloudfunctions/reports/lib/expire'
import { removeEndedWindows } from '../cloudfunctions/common/rateLimit'
import { boardPath } from '../types/routes'
import { boundHeapGrowth, collectAfterLoading } from './heap'

const logLines = lineWriter(process.stderr)
const log: Logger = {
  info: (message, fields) => logLines(JSON.stringify({ level: 'info', message, ...fields })),
  error: (message, fields) => logLines(JSON.stringify({ level: 'error', message, ...fields })),
}

/** How often the local host looks for closed cases past the retention period. */
export const RETENTION_EVERY_MS = 60 * 60 * 1000

export interface RetentionJob {
  /** the run at start; resolves once it is done */
  first: Promise<void>
  /** no more runs; resolves once a run under way is done */
  stop(): Promise<void>
}

/** Anonymises expired help requests and deletes dead 台账 files now and every `everyMs`, one run at a time, logging how many. */
export function startRetentionJob(services: Services, retentionDays: number, everyMs = RETENTION_EVERY_MS): RetentionJob {
  let current: Promise<void> | null = null
  const runOnce = async () => {
    try {
      const anonymised = await anonymiseExpired(services, services.clock.now(), retentionDays)
      // the 台账 files whose links have died (the reports function's timer on WeChat)
      const exportsRemoved = await removeExpiredExports(services, services.clock.now())
      // the rate-limit windows that have ended (the requests function's timer on WeChat)
      const endedWindowsRemoved = await removeEndedWindows(services.store, services.clock.now())
      services.log.info('retention', { anonymised, retentionDays, exportsRemoved, endedWindowsRemoved })
    } catch (error) {
      services.log.error('retention failed', { error: String(error) })
    }
  }
  const run = () => (current ??= runOnce().finally(() => (current = null)))
  const first = run()
  const timer = setInterval(run, everyMs)
  timer.unref()
  return {
    first,
    async stop() {
      clearInterval(timer)
      await current
    },
  }
}

export async function main(): Promise<void> {
  boundHeapGrowth()
  const config = readConfig()
  secureDataDir(config.dataDir)
  const retentionDays = retentionDaysFrom(process.env)
  const store = await NedbStore.open({ dataDir: config.dataDir })
  let publicUrl = process.env.PUBLIC_URL ?? ''
  if (!process.env[KEY_ENV]) {
    const { source, file } = ensureLocalKey(config.dataDir)
    const warning = localKeyWarning(source, file)
    if (warning) console.warn(warning)
  }
  const ports = localPorts(config.dataDir, () => publicUrl, EMPTY_DENY_LIST)
  if (config.loadDemo && (await store.count('orgs', {})) === 0) {
    await loadDemo(store, path.join(config.dataDir, 'files'), systemClock.now(), ports.vault)
    console.log(`已载入演示数据到 ${config.dataDir}`)
  }
  const calendar = new CalendarSource(store, (error) => log.error('calendar refresh failed', { error: String(error) }))
  await calendar.prime(systemClock.now().getTime())
  const services: Services = { store, clock: systemClock, calendar, log, ports }
  const retention = startRetentionJob(services, retentionDays)
  if (config.h5Dir && !fs.existsSync(path.join(config.h5Dir, 'index.html'))) {
    console.log(`提示：没有找到 H5 页面（${config.h5Dir}），只提供接口。先运行 npm run build:h5。`)
  }
  collectAfterLoading()
  const host = await startHost({ port: config.port, host: config.host, dataDir: config.dataDir, staticDir: config.h5Dir, services, devLogin: config.devLogin })
  publicUrl ||= host.url

  console.log(`妇联亮牌本地服务已启动：${host.url}`)
  console.log(`亮牌公示栏（社区）：${host.url}/#/${boardPath('demo-community')}`)
  console.log(`亮牌公示栏（村）：  ${host.url}/#/${boardPath('demo-village')}`)
  console.log(`亮牌公示栏（街道）：${host.url}/#/${boardPath('demo-street')}`)
  if (config.devLogin === 'off') console.log('演示登录已关闭（LIANGPAI_DEV_LOGIN=off）：只提供公开的亮牌公示栏。')
  if (config.devLogin === 'network') console.warn('注意：演示登录对网络开放（LIANGPAI_DEV_LOGIN=network），能访问本机的人都能以任何身份登录。')
  console.log(`LIANGPAI_READY ${host.url}`)

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`收到 ${signal}，正在停止…`)
    retention
      .stop()
      .then(() => host.close())
      .then(() => store.compact())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        log.error('shutdown failed', { error: String(error) })
        process.exit(1)
      })
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error('本地服务启动失败：', error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
