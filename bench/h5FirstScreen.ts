// Benchmark: how long a resident waits, in headless Chromium on a phone-sized screen
// with a cold profile, from navigation start until the first member card of the demo
// community's board is visible. Median of five runs in each of two profiles: a quiet
// machine and network, and a weak phone (Chromium's Fast 3G, the CPU slowed 4×).
// Beside the times, which scripts the board loaded before its first member card and
// how many bytes they took on the wire.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { CLIENT_SOURCES, needsBuild } from '../scripts/freshness'
import { launchPhone } from './lib/browser'
import { ROOT, startHost } from './lib/host'
import { median, writeResult } from './lib/results'

const RUNS = 5
const SELECTOR = '.board-members .member-card'
const BOARD_PATH = '/#/pages/board/index?scene=demo-community'
const H5_DIR = path.join(ROOT, 'dist', 'h5')
const SCREENSHOT_DIR = path.join(ROOT, 'test-artifacts', 'bench')

interface Profile {
  name: 'quiet' | 'throttled'
  description: string
  budgetMs: number
  /** CDP Network.emulateNetworkConditions, or none */
  network: { latency: number; downloadThroughput: number; uploadThroughput: number } | null
  /** CDP Emulation.setCPUThrottlingRate */
  cpuSlowdown: number
}

/** Chromium DevTools' "Fast 3G" preset (the values Puppeteer's PredefinedNetworkConditions use): bytes/s and ms. */
const FAST_3G = { latency: 150 * 3.75, downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9, uploadThroughput: ((750 * 1000) / 8) * 0.9 }

const PROFILES: Profile[] = [
  { name: 'quiet', description: 'no network or CPU throttling', budgetMs: 1000, network: null, cpuSlowdown: 1 },
  { name: 'throttled', description: 'Chromium Fast 3G (562.5 ms latency, 180,000 B/s down, 84,375 B/s up), CPU slowed 4×', budgetMs: 3000, network: FAST_3G, cpuSlowdown: 4 },
]

/** Measured on this machine with this same benchmark before issue 17's changes (the build of commit 804d4fd). */
const BEFORE = {
  measuredAt: '2026-11-30T20:59:50Z',
  build: 'commit 804d4fd: no compression, max-age=300 on every asset, the board route in 30 chunks loaded after the app ran, board.get asked after the page rendered',
  machineLoad: '1/5/15-minute load average 0.72 / 1.19 / 1.64 before the runs and 3.41 / 1.80 / 1.81 after',
  quiet: { medianMs: 738, samplesMs: [770, 677, 826, 738, 726], medianFirstContentfulPaintMs: 548, medianBoardRequestStartMs: 548 },
  throttled: { medianMs: 10071, samplesMs: [9834, 10021, 10293, 10071, 10466], medianFirstContentfulPaintMs: 8312, medianBoardRequestStartMs: 8304 },
  scriptsBeforeFirstCard: { files: 32, transferBytes: 575511, bodyBytes: 565911 },
}

/**
 * Runs in the page before its own scripts: on every frame, looks for the first member
 * card with a non-empty box and records performance.now() (ms since navigation start)
 * and the scripts fetched so far.
 */
const WATCH_FIRST_CARD = `(() => {
  const tick = () => {
    const card = document.querySelector(${JSON.stringify(SELECTOR)})
    const box = card && card.getBoundingClientRect()
    if (box && box.width > 0 && box.height > 0 && getComputedStyle(card).visibility !== 'hidden') {
      window.__firstMemberCardMs = performance.now()
      window.__firstMemberCardInViewport = box.top < innerHeight
      window.__scriptsBeforeCard = performance.getEntriesByType('resource').map((entry) => entry.name)
      return
    }
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})()`

interface Script {
  path: string
  transferBytes: number
  bodyBytes: number
  startMs: number
}

interface Sample {
  firstMemberCardMs: number
  firstMemberCardInViewport: boolean
  firstContentfulPaintMs: number | null
  domContentLoadedMs: number
  /** scripts requested before the first member card showed */
  scriptsBeforeCard: Script[]
  /** when board.get was asked for, ms since navigation start */
  boardRequestStartMs: number | null
}

/**
 * A build made with NODE_ENV other than production (e.g. spawned under jest, which sets
 * "test") carries react-refresh registrations without their runtime and never renders.
 */
function isProductionBuild(): boolean {
  const scripts = path.join(H5_DIR, 'js')
  if (!fs.existsSync(scripts)) return false
  return fs
    .readdirSync(scripts)
    .filter((file) => file.endsWith('.js'))
    .every((file) => !fs.readFileSync(path.join(scripts, file), 'utf8').includes('$RefreshReg$'))
}

function ensureH5Build(): void {
  if (!needsBuild(path.join(H5_DIR, 'index.html'), CLIENT_SOURCES) && isProductionBuild()) return
  if (!fs.existsSync(path.join(ROOT, 'src', 'app.tsx'))) throw new Error('还没有小程序源码（src/app.tsx），无法构建 H5 页面。')
  console.log('H5 页面缺失、过期或不是生产构建，正在构建（约 15 秒）…')
  const env = { ...process.env, NODE_ENV: 'production' }
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'taro'), ['build', '--type', 'h5'], { cwd: ROOT, env, stdio: 'inherit', timeout: 10 * 60_000 })
  if (result.status !== 0 || !isProductionBuild()) throw new Error(`H5 构建失败（退出码 ${result.status ?? result.signal}）`)
}

async function throttle(page: Page, profile: Profile): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown })
  if (profile.network) {
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network })
  }
}

async function measureOnce(page: Page, url: string, profile: Profile): Promise<Sample> {
  await throttle(page, profile)
  await page.addInitScript(WATCH_FIRST_CARD)
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(() => (window as { __firstMemberCardMs?: number }).__firstMemberCardMs !== undefined, null, { timeout: 60_000 })
  return page.evaluate(() => {
    const w = window as unknown as { __firstMemberCardMs: number; __firstMemberCardInViewport: boolean; __scriptsBeforeCard: string[] }
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
    const paint = performance.getEntriesByName('first-contentful-paint')[0]
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    const beforeCard = new Set(w.__scriptsBeforeCard)
    const boardRequest = resources.find((entry) => new URL(entry.name).pathname === '/api/board')
    return {
      firstMemberCardMs: Math.round(w.__firstMemberCardMs),
      firstMemberCardInViewport: w.__firstMemberCardInViewport,
      firstContentfulPaintMs: paint ? Math.round(paint.startTime) : null,
      domContentLoadedMs: Math.round(navigation?.domContentLoadedEventEnd ?? 0),
      scriptsBeforeCard: resources
        .filter((entry) => beforeCard.has(entry.name) && new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => ({ path: new URL(entry.name).pathname, transferBytes: entry.transferSize, bodyBytes: entry.decodedBodySize, startMs: Math.round(entry.startTime) })),
      boardRequestStartMs: boardRequest ? Math.round(boardRequest.startTime) : null,
    }
  })
}

async function sample(url: string, profile: Profile, run: number): Promise<Sample> {
  const phone = await launchPhone()
  try {
    const measured = await measureOnce(phone.page, url, profile)
    console.log(`${profile.name} 第 ${run} 次：${measured.firstMemberCardMs} ms`)
    if (run === RUNS) {
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
      await phone.page.screenshot({ path: path.join(SCREENSHOT_DIR, `h5-first-screen-${profile.name}.png`) })
    }
    return measured
  } catch (error) {
    throw new Error(`${profile.name} 第 ${run} 次没有等到成员卡片（${SELECTOR}）出现：${error instanceof Error ? error.message.split('\n')[0] : error}`)
  } finally {
    await phone.close()
  }
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

function summarise(profile: Profile, samples: Sample[]) {
  const times = samples.map((s) => s.firstMemberCardMs)
  const scripts = samples[samples.length - 1].scriptsBeforeCard
  return {
    profile: profile.description,
    medianMs: median(times),
    samplesMs: times,
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    medianFirstContentfulPaintMs: median(samples.map((s) => s.firstContentfulPaintMs ?? NaN)),
    medianBoardRequestStartMs: median(samples.map((s) => s.boardRequestStartMs ?? NaN)),
    scriptsBeforeFirstCard: { files: scripts.length, transferBytes: sum(scripts.map((s) => s.transferBytes)), bodyBytes: sum(scripts.map((s) => s.bodyBytes)), list: scripts },
    budgetMs: profile.budgetMs,
    pass: median(times) <= profile.budgetMs,
  }
}

export async function run(): Promise<void> {
  ensureH5Build()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liangpai-bench-h5-'))
  const host = await startHost({ dataDir, loadDemo: true, h5Dir: H5_DIR })
  const loadBefore = os.loadavg().map((load) => load.toFixed(2))
  try {
    const figures: Record<string, ReturnType<typeof summarise>> = {}
    for (const profile of PROFILES) {
      const samples: Sample[] = []
      for (let run = 1; run <= RUNS; run++) samples.push(await sample(`${host.url}${BOARD_PATH}`, profile, run))
      figures[profile.name] = summarise(profile, samples)
    }
    const loadAfter = os.loadavg().map((load) => load.toFixed(2))
    writeResult('h5-first-screen', {
      parameters: {
        page: BOARD_PATH,
        selector: SELECTOR,
        runs: RUNS,
        viewport: '375×812 @2x',
        browserProfile: 'a fresh Chromium profile per run (cold cache)',
        host: 'local host, demo data, H5 production build',
        machineLoad: `1/5/15-minute load average ${loadBefore.join(' / ')} before the runs and ${loadAfter.join(' / ')} after, on ${os.cpus().length} cores shared with other work`,
      },
      figures: { ...figures, before: BEFORE },
      budget: { rule: '首屏成员卡片出现时间中位数：安静环境 ≤ 1000 ms，Fast 3G 加 CPU 降速 4 倍 ≤ 3000 ms', maxMedianMs: { quiet: 1000, throttled: 3000 } },
      pass: Object.values(figures).every((profile) => profile.pass),
    })
  } finally {
    await host.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
