// Benchmark: how long a resident waits, in headless Chromium on a phone-sized screen
// with a cold profile, from navigation start until the first member card of the demo
// community's board is visible. Median of five runs.
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
/** The "good" Largest Contentful Paint threshold of Core Web Vitals. */
const BUDGET_MS = 2500
const SELECTOR = '.board-members .member-card'
const BOARD_PATH = '/#/pages/board/index?scene=demo-community'
const H5_DIR = path.join(ROOT, 'dist', 'h5')
const SCREENSHOT = path.join(ROOT, 'test-artifacts', 'bench', 'h5-first-screen.png')

/**
 * Runs in the page before its own scripts: on every frame, looks for the first member
 * card with a non-empty box and records performance.now() (ms since navigation start).
 */
const WATCH_FIRST_CARD = `(() => {
  const tick = () => {
    const card = document.querySelector(${JSON.stringify(SELECTOR)})
    const box = card && card.getBoundingClientRect()
    if (box && box.width > 0 && box.height > 0 && getComputedStyle(card).visibility !== 'hidden') {
      window.__firstMemberCardMs = performance.now()
      window.__firstMemberCardInViewport = box.top < innerHeight
      return
    }
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})()`

interface Sample {
  firstMemberCardMs: number
  firstMemberCardInViewport: boolean
  firstContentfulPaintMs: number | null
  domContentLoadedMs: number
}

/**
 * A build made with NODE_ENV other than production (e.g. spawned under jest, which sets
 * "test") carries react-refresh registrations without their runtime and never renders.
 */
function isProductionBuild(): boolean {
  const scripts = path.join(H5_DIR, 'js')
  if (!fs.existsSync(scripts)) return false
  return fs.readdirSync(scripts).every((file) => !fs.readFileSync(path.join(scripts, file), 'utf8').includes('$RefreshReg$'))
}

function ensureH5Build(): void {
  if (!needsBuild(path.join(H5_DIR, 'index.html'), CLIENT_SOURCES) && isProductionBuild()) return
  if (!fs.existsSync(path.join(ROOT, 'src', 'app.tsx'))) throw new Error('还没有小程序源码（src/app.tsx），无法构建 H5 页面。')
  console.log('H5 页面缺失、过期或不是生产构建，正在构建（约 15 秒）…')
  const env = { ...process.env, NODE_ENV: 'production' }
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'taro'), ['build', '--type', 'h5'], { cwd: ROOT, env, stdio: 'inherit', timeout: 10 * 60_000 })
  if (result.status !== 0 || !isProductionBuild()) throw new Error(`H5 构建失败（退出码 ${result.status ?? result.signal}）`)
}

async function measureOnce(page: Page, url: string): Promise<Sample> {
  await page.addInitScript(WATCH_FIRST_CARD)
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(() => (window as { __firstMemberCardMs?: number }).__firstMemberCardMs !== undefined, null, { timeout: 30_000 })
  return page.evaluate(() => {
    const w = window as unknown as { __firstMemberCardMs: number; __firstMemberCardInViewport: boolean }
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
    const paint = performance.getEntriesByName('first-contentful-paint')[0]
    return {
      firstMemberCardMs: Math.round(w.__firstMemberCardMs),
      firstMemberCardInViewport: w.__firstMemberCardInViewport,
      firstContentfulPaintMs: paint ? Math.round(paint.startTime) : null,
      domContentLoadedMs: Math.round(navigation?.domContentLoadedEventEnd ?? 0),
    }
  })
}

async function sample(url: string, run: number): Promise<Sample> {
  const phone = await launchPhone()
  try {
    const measured = await measureOnce(phone.page, url)
    console.log(`第 ${run} 次：${measured.firstMemberCardMs} ms`)
    if (run === RUNS) {
      fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true })
      await phone.page.screenshot({ path: SCREENSHOT })
    }
    return measured
  } catch (error) {
    throw new Error(`第 ${run} 次没有等到成员卡片（${SELECTOR}）出现：${error instanceof Error ? error.message.split('\n')[0] : error}`)
  } finally {
    await phone.close()
  }
}

export async function run(): Promise<void> {
  ensureH5Build()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liangpai-bench-h5-'))
  const host = await startHost({ dataDir, loadDemo: true, h5Dir: H5_DIR })
  try {
    const samples: Sample[] = []
    for (let run = 1; run <= RUNS; run++) samples.push(await sample(`${host.url}${BOARD_PATH}`, run))
    const times = samples.map((s) => s.firstMemberCardMs)
    const medianMs = median(times)
    writeResult('h5-first-screen', {
      parameters: {
        page: BOARD_PATH,
        selector: SELECTOR,
        runs: RUNS,
        viewport: '375×812 @2x',
        profile: 'a fresh Chromium profile per run (cold cache)',
        host: 'local host, demo data, H5 production build',
      },
      figures: {
        medianMs,
        samplesMs: times,
        minMs: Math.min(...times),
        maxMs: Math.max(...times),
        medianFirstContentfulPaintMs: median(samples.map((s) => s.firstContentfulPaintMs ?? NaN)),
        runs: samples,
      },
      budget: { rule: '首屏成员卡片出现时间中位数 ≤ 2500 ms（Core Web Vitals 的 LCP“良好”线）', maxMedianMs: BUDGET_MS },
      pass: medianMs <= BUDGET_MS,
    })
  } finally {
    await host.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
