// Benchmark: the view from above and the 台账 exports on the local host, over a 区县 of ≥ 3,000
// federations with a year of data (members, 议事 topics, 求助 cases with their timelines, a year
// of 履职 entries), beside board.get in the same run. The 区县 chair's 下级统计 (org.overview) must
// answer in under a second — it reads the figures the writes keep, not the records — and her
// 统计报表 export in under 30 s. The first overview of a data set that was loaded without its
// figures counts and keeps every federation's once; that first call is measured on its own.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { systemClock } from '../cloudfunctions/common/time'
import { inBeijing } from '../cloudfunctions/common/beijingDayjs'
import { syntheticCode } from '../server/demo/synthetic'
import { staffOpenid } from '../server/demo/syntheticRequests'
import { ORGS, seedCountyYear } from './lib/countyYear'
import { startHost } from './lib/host'
import { runLoad } from './lib/load'
import { median, writeResult } from './lib/results'

const OVERVIEW_CALLS = 40
const BOARD_CALLS = 200
const EXPORT_CALLS = 3
const OVERVIEW_BUDGET_MS = 1000
const EXPORT_BUDGET_MS = 30_000
const DATA_DIR = path.join(os.tmpdir(), 'liangpai-bench-reports')
const JSON_HEADERS = { 'content-type': 'application/json' }
/** The tree's root (the 区县) and a village under it: the synthetic ids (server/demo/synthetic.ts). */
const COUNTY = 'o000000'
const VILLAGE = `o${String(ORGS - 1).padStart(6, '0')}`

interface Reply {
  ok: boolean
  data?: unknown
  error?: unknown
  token?: string
}

async function post(url: string, body: unknown, token?: string): Promise<Reply> {
  const headers: Record<string, string> = { ...JSON_HEADERS, ...(token ? { authorization: `Bearer ${token}` } : {}) }
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) })
  return (await response.json()) as Reply
}

interface Timing {
  p50Ms: number
  p95Ms: number
  maxMs: number
  calls: number
}

/** Milliseconds of each of `calls` calls made one after another, failing on the first refusal. */
async function timed(calls: number, call: (i: number) => Promise<Reply>): Promise<{ timing: Timing; last: Reply }> {
  const samples: number[] = []
  let last: Reply = { ok: false }
  for (let i = 0; i < calls; i++) {
    const started = performance.now()
    last = await call(i)
    samples.push(performance.now() - started)
    if (!last.ok) throw new Error(`调用失败：${JSON.stringify(last.error)}`)
  }
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10
  return { timing: { p50Ms: Math.round(median(samples) * 10) / 10, p95Ms: at(0.95), maxMs: at(1), calls }, last }
}

const dataBytes = (dir: string) => fs.readdirSync(dir).reduce((sum, name) => sum + (name.endsWith('.db') ? fs.statSync(path.join(dir, name)).size : 0), 0)

export async function run(): Promise<void> {
  const now = systemClock.now()
  const year = inBeijing(now).year()
  const { seeded, dutyEntries } = await seedCountyYear(DATA_DIR, now)
  const started = performance.now()
  const host = await startHost({ dataDir: DATA_DIR, loadDemo: false, h5Dir: null, readyTimeoutMs: 600_000 })
  const hostStartSeconds = Math.round((performance.now() - started) / 100) / 10
  try {
    const token = (await post(`${host.url}/api/dev/login`, { openid: staffOpenid(`m${COUNTY.slice(1)}-01`) })).token!
    const org = (action: string, payload: unknown) => post(`${host.url}/api/org`, { action, payload }, token)
    const reports = (payload: unknown) => post(`${host.url}/api/reports`, { action: 'exportLedger', payload }, token)
    console.log('区县的下级统计：第一次读（清点并保存每个组织的数字，每次至多 200 个，读到清点完为止）…')
    const fillStarted = performance.now()
    const fillCalls: number[] = []
    for (let left = Infinity; left > 0 && fillCalls.length < 100;) {
      const { timing, last } = await timed(1, () => org('overview', { orgId: COUNTY, year }))
      fillCalls.push(timing.maxMs)
      left = (last.data as { uncounted: number }).uncounted
    }
    const fill = { calls: fillCalls.length, totalMs: Math.round(performance.now() - fillStarted), slowestCallMs: Math.max(...fillCalls) }
    console.log(`区县的下级统计 ${OVERVIEW_CALLS} 次…`)
    const overview = await timed(OVERVIEW_CALLS, () => org('overview', { orgId: COUNTY, year }))
    const view = overview.last.data as { orgCount: number; rows: unknown[] }
    console.log(`board.get ${BOARD_CALLS} 次（逐个调用）和 50 个连接 5 秒…`)
    const boardOne = await timed(BOARD_CALLS, () => post(`${host.url}/api/board`, { action: 'get', payload: { code: syntheticCode(Math.floor(Math.random() * ORGS)) } }))
    const boardLoad = await runLoad({
      url: `${host.url}/api/board`,
      method: 'POST',
      headers: JSON_HEADERS,
      body: () => JSON.stringify({ action: 'get', payload: { code: syntheticCode(Math.floor(Math.random() * ORGS)) } }),
      connections: 50,
      durationSeconds: 5,
    })
    console.log('区县的统计报表、年度台账，和一个村的年度台账…')
    const statsExport = await timed(EXPORT_CALLS, () => reports({ orgId: COUNTY, kind: 'stats', year }))
    const countyAnnual = await timed(EXPORT_CALLS, () => reports({ orgId: COUNTY, kind: 'annual', year }))
    const villageAnnual = await timed(EXPORT_CALLS, () => reports({ orgId: VILLAGE, kind: 'annual', year }))
    const statsBytes = (statsExport.last.data as { bytes: number }).bytes
    const overviewHolds = overview.timing.maxMs < OVERVIEW_BUDGET_MS
    const exportHolds = statsExport.timing.maxMs < EXPORT_BUDGET_MS && countyAnnual.timing.maxMs < EXPORT_BUDGET_MS
    writeResult('reports', {
      parameters: {
        orgs: seeded.orgs,
        members: seeded.members,
        topics: seeded.topics,
        requests: seeded.requests,
        dutyEntries,
        year,
        host: `started in ${hostStartSeconds} s over ${Math.round(dataBytes(DATA_DIR) / 2 ** 20)} MiB of store files`,
        overview: `the 区县 chair's org.overview of ${year}, ${OVERVIEW_CALLS} calls one after another, after the first reads that counted and kept the figures of every federation, at most 200 per read (the data set is loaded in bulk, without them)`,
        exports: `reports.exportLedger, ${EXPORT_CALLS} calls each one after another: the 区县's 统计报表 (every federation on its own row), the 区县's 年度台账, a 村's 年度台账`,
        boardGet: `${BOARD_CALLS} calls one after another to a random board, and 50 connections × 5 s, in the same run on the same host`,
        machineLoad: `1/5/15-minute load average ${os
          .loadavg()
          .map((n) => Math.round(n * 100) / 100)
          .join(' / ')} at the end, on ${os.cpus().length} cores shared with other work`,
      },
      figures: {
        overviewFirstFill: fill,
        overview: overview.timing,
        overviewRows: view.rows.length,
        overviewOrgCount: view.orgCount,
        statsExport: { ...statsExport.timing, bytes: statsBytes },
        countyAnnualExport: countyAnnual.timing,
        villageAnnualExport: villageAnnual.timing,
        boardGetOneByOne: boardOne.timing,
        boardGetLoad: boardLoad,
      },
      budget: {
        rule: '区县（≥ 3,000 个组织）的下级统计每次 < 1 秒；统计报表和年度台账的导出 < 30 秒；没有错误',
        overviewMaxMs: OVERVIEW_BUDGET_MS,
        exportMaxMs: EXPORT_BUDGET_MS,
      },
      pass: seeded.orgs >= 3000 && view.orgCount >= 2999 && overviewHolds && exportHolds && boardLoad.errors + boardLoad.non2xx + boardLoad.timeouts === 0,
    })
  } finally {
    await host.stop()
  }
}
