// Benchmark: 执委履职 on the local host over ≥ 3,000 orgs × 14 members × a year of entries
// (≥ 500,000): logging an entry (记一笔) and the chair's 履职情况 (org.dutyOverview), and board.get
// on two hosts of the same tree, one without the entries and one with them, measured in turns
// in the same run. The board keeps its 履职成效 in its own document, so the entries must not slow
// board.get: budget ≥ 0.9× the throughput without them.
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { localDate, systemClock } from '../cloudfunctions/common/time'
import { syntheticCode } from '../server/demo/synthetic'
import { seed } from '../scripts/seed'
import { addDutyData } from './lib/dutyData'
import { startHost } from './lib/host'
import { clean, runLoad, type LoadFigures } from './lib/load'
import { median, writeResult } from './lib/results'

const ORGS = 3000
const MEMBERS_PER_ORG = 14
const ENTRIES_PER_MEMBER = 12
/** Orgs whose chair and 执委 are bound to an openid, for logging and 履职情况. */
const SAMPLE_EVERY = 10
const CONNECTIONS = 50
const DURATION_SECONDS = 8
const WARMUP_SECONDS = 2
const ROUNDS = 4
const LOG_CALLS = 400
const OVERVIEW_CALLS = 200
const LATENCY_CALLS = 400
const BUDGET_RATIO = 0.9
const ROOT = path.join(os.tmpdir(), 'liangpai-bench-duty')
const JSON_HEADERS = { 'content-type': 'application/json' }

const orgIdOf = (index: number) => `o${String(index).padStart(6, '0')}`
const randomIndex = () => Math.floor(Math.random() * ORGS)
const boardBody = () => JSON.stringify({ action: 'get', payload: { code: syntheticCode(randomIndex()) } })

async function post(url: string, body: unknown, token?: string): Promise<{ ok: boolean; data?: unknown; error?: unknown; token?: string }> {
  const headers: Record<string, string> = { ...JSON_HEADERS, ...(token ? { authorization: `Bearer ${token}` } : {}) }
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) })
  return (await response.json()) as { ok: boolean; token?: string }
}

/** Milliseconds of each of `calls` calls made one after another, failing on the first refusal. */
async function timed(calls: number, call: (i: number) => Promise<{ ok?: boolean; error?: unknown }>): Promise<{ p50Ms: number; p95Ms: number; maxMs: number; calls: number }> {
  const samples: number[] = []
  for (let i = 0; i < calls; i++) {
    const started = performance.now()
    const reply = await call(i)
    samples.push(performance.now() - started)
    if (reply.ok === false) throw new Error(`调用失败：${JSON.stringify(reply.error)}`)
  }
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 10) / 10
  return { p50Ms: Math.round(median(samples) * 10) / 10, p95Ms: at(0.95), maxMs: at(1), calls }
}

/** The tree twice: `without` as seeded, `with` the same plus a year of 履职 entries. */
async function prepare(now: Date) {
  const without = path.join(ROOT, 'without')
  const withEntries = path.join(ROOT, 'with')
  fs.rmSync(ROOT, { recursive: true, force: true })
  console.log(`正在生成数据集（${ORGS} 个组织 × ${MEMBERS_PER_ORG} 名执委）…`)
  const seeded = await seed({ orgs: ORGS, membersPerOrg: MEMBERS_PER_ORG, dataDir: without, withDemo: false, force: true, now })
  fs.cpSync(without, withEntries, { recursive: true })
  const sample = new Set(Array.from({ length: Math.ceil(ORGS / SAMPLE_EVERY) }, (_, i) => orgIdOf(i * SAMPLE_EVERY)))
  console.log(`正在写入一年的履职记录（每名执委 ${ENTRIES_PER_MEMBER} 条）…`)
  const started = performance.now()
  const duty = await addDutyData(withEntries, ENTRIES_PER_MEMBER, sample, now)
  const loadSeconds = Math.round((performance.now() - started) / 100) / 10
  return { without, withEntries, seeded, duty, loadSeconds }
}

async function boardLoad(url: string): Promise<LoadFigures> {
  const options = { url: `${url}/api/board`, method: 'POST' as const, headers: JSON_HEADERS, body: boardBody, connections: CONNECTIONS }
  await runLoad({ ...options, durationSeconds: WARMUP_SECONDS })
  return runLoad({ ...options, durationSeconds: DURATION_SECONDS })
}

const byRate = (rounds: LoadFigures[]) => [...rounds].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(rounds.length / 2)]

export async function run(): Promise<void> {
  const now = systemClock.now()
  const data = await prepare(now)
  const dataBytes = fs.readdirSync(data.withEntries).reduce((sum, name) => sum + (name.endsWith('.db') ? fs.statSync(path.join(data.withEntries, name)).size : 0), 0)
  const started = performance.now()
  const hostWith = await startHost({ dataDir: data.withEntries, loadDemo: false, h5Dir: null, readyTimeoutMs: 600_000 })
  const hostStartSeconds = Math.round((performance.now() - started) / 100) / 10
  const hostWithout = await startHost({ dataDir: data.without, loadDemo: false, h5Dir: null, readyTimeoutMs: 600_000 })
  try {
    const rounds = { without: [] as LoadFigures[], with: [] as LoadFigures[] }
    const loadAverageBefore = os.loadavg().map((n) => Math.round(n * 100) / 100)
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`board.get 第 ${round} 轮（${CONNECTIONS} 个连接，${DURATION_SECONDS} 秒，没有履职记录 / 有履职记录，轮流先后）…`)
      // in turns, first one then the other, so that a drift of the machine's load falls on both
      if (round % 2 === 1) rounds.without.push(await boardLoad(hostWithout.url))
      rounds.with.push(await boardLoad(hostWith.url))
      if (round % 2 === 0) rounds.without.push(await boardLoad(hostWithout.url))
    }
    const loadAverageAfter = os.loadavg().map((n) => Math.round(n * 100) / 100)
    const boardOne = (url: string) => timed(LATENCY_CALLS, () => post(`${url}/api/board`, JSON.parse(boardBody())))
    const boardLatency = { without: await boardOne(hostWithout.url), with: await boardOne(hostWith.url) }
    const staff = [...data.duty.staff.entries()].filter(([, bound]) => bound.chair && bound.members.length > 0)
    const tokenOf = async (openid: string) => (await post(`${hostWith.url}/api/dev/login`, { openid })).token!
    const loggers = await Promise.all(staff.flatMap(([orgId, bound]) => bound.members.slice(0, 2).map(async (openid) => ({ orgId, token: await tokenOf(openid) }))))
    const chairs = await Promise.all(staff.map(async ([orgId, bound]) => ({ orgId, token: await tokenOf(bound.chair) })))
    console.log(`记一笔 ${LOG_CALLS} 次，履职情况 ${OVERVIEW_CALLS} 次（逐个调用）…`)
    const today = localDate(systemClock.now())
    const fields = { kind: 'contact', date: today, way: 'visit', areaId: null, womenCount: 2, note: '走访', photos: [], womenNames: '', activityId: null }
    const logEntry = await timed(LOG_CALLS, (i) => {
      const { orgId, token } = loggers[i % loggers.length]
      return post(`${hostWith.url}/api/org`, { action: 'logDutyEntry', requestId: randomUUID(), payload: { orgId, fields } }, token)
    })
    const overview = await timed(OVERVIEW_CALLS, (i) => {
      const { orgId, token } = chairs[i % chairs.length]
      return post(`${hostWith.url}/api/org`, { action: 'dutyOverview', payload: { orgId } }, token)
    })
    const boardGet = { without: byRate(rounds.without), with: byRate(rounds.with) }
    // each round's pair was measured back to back: the median of their ratios
    const ratio = Math.round(median(rounds.with.map((w, i) => w.requestsPerSecond / rounds.without[i].requestsPerSecond)) * 1000) / 1000
    writeResult('duty', {
      parameters: {
        orgs: data.seeded.orgs,
        members: data.duty.members,
        entries: data.duty.entries,
        countsDocuments: data.duty.countsDocs,
        entriesPerMember: `${ENTRIES_PER_MEMBER}, dated over the 365 days up to the run`,
        dataLoad: `entries and counts appended in bulk to the store's files in ${data.loadSeconds} s; the host with them started in ${hostStartSeconds} s; ${Math.round(dataBytes / 2 ** 20)} MiB of store files`,
        boardGet: `${ROUNDS} rounds on two hosts of the same tree, without and with the entries, measured back to back (which goes first alternates); ${CONNECTIONS} connections, ${DURATION_SECONDS} s after ${WARMUP_SECONDS} s warm-up; a random org per request; the ratio is the median of the rounds' ratios, boardGet the median round of each host`,
        machineLoad: `1/5/15-minute load average ${loadAverageBefore.join(' / ')} before the board.get rounds and ${loadAverageAfter.join(' / ')} after, on ${os.cpus().length} cores shared with other work`,
        logEntry: `${LOG_CALLS} calls one after another, by ${loggers.length} 执委 of ${staff.length} orgs, each a 联系 dated today`,
        dutyOverview: `${OVERVIEW_CALLS} calls one after another, by the chairs of ${chairs.length} orgs`,
      },
      figures: { boardGet, boardGetRounds: rounds, boardGetOneByOne: boardLatency, ratio, logEntry, dutyOverview: overview },
      budget: { rule: 'board.get 在有履职记录时的吞吐量 ≥ 0.9 × 没有履职记录时；至少 500,000 条履职记录；没有错误', minRatio: BUDGET_RATIO, minEntries: 500_000 },
      pass: ratio >= BUDGET_RATIO && data.duty.entries >= 500_000 && [...rounds.without, ...rounds.with].every(clean),
    })
  } finally {
    await hostWith.stop()
    await hostWithout.stop()
  }
}
