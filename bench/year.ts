// Benchmark: a year of a 区县 on the embedded store. 3,000 federations with a year of
// members, 履职 entries, 议事 topics and meetings, 求助 cases with their timelines, the
// notifications kept for their recipients (outbox) and ≥ 2,000,000 audit records, at the
// rates the other benchmarks use. Measured: the time from starting the host (server/main.ts)
// until it answers, its resident memory (peak and settled), and board.get beside a static
// file of the same size on that host, as board.json measures it. Budget: ready ≤ 15 s,
// ≤ 1.5 GB resident, board.get ≥ 0.8 × static (board.json's budget).
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { quarterOf, systemClock } from '../cloudfunctions/common/time'
import { syntheticCode } from '../server/demo/synthetic'
import { seededRandom } from '../server/demo/random'
import { appendDocs, seed } from '../scripts/seed'
import { hostProcesses, startHost } from './lib/host'
import { BESIDE_STATIC, boardBesideStatic } from './lib/besideStatic'
import { ENTRIES_PER_MEMBER, MEMBERS_PER_ORG, ORGS, REQUESTS_PER_ORG, seedCountyYear, TOPICS_PER_ORG } from './lib/countyYear'
import { earlierResult, writeResult } from './lib/results'

/** 议事会议 a federation holds in a year (about one a quarter) */
const MEETINGS_PER_ORG = 4
/** audit records a federation gathers in a year: 3,000 × 670 ≥ 2,000,000 */
const AUDIT_PER_ORG = 670
/** notifications kept for residents: about one per step of each case they can see, two per topic */
const OUTBOX_PER_ORG = REQUESTS_PER_ORG * 3 + TOPICS_PER_ORG * 2
const READY_BUDGET_S = 15
const RSS_BUDGET_BYTES = 1.5 * 2 ** 30
/** board.json's budget (issue 17: board.get keeps its budget on a year of data) */
const BOARD_RATIO_BUDGET = 0.8
/** how long a host that does not answer is waited for before it is recorded as failing */
const READY_TIMEOUT_MS = 300_000
const SETTLE_MS = 5000
const DATA_DIR = path.join(os.tmpdir(), 'liangpai-bench-year')
const DAY_MS = 24 * 3600_000

const orgIdOf = (index: number) => `o${String(index).padStart(6, '0')}`

const AUDIT_KINDS = [
  { share: 0.3, fn: 'org', action: 'logDuty', collection: 'duty_entries', outcome: 'changed', summary: '记一笔：走访联系妇女', fields: ['kind', 'date', 'womenCount'] },
  { share: 0.15, fn: 'topics', action: 'review', collection: 'topics', outcome: 'changed', summary: '议题已受理', fields: ['state', 'reviewNote'] },
  { share: 0.1, fn: 'topics', action: 'advance', collection: 'topics', outcome: 'changed', summary: '议题进入下一步', fields: ['state'] },
  { share: 0.15, fn: 'requests', action: 'advance', collection: 'requests', outcome: 'changed', summary: '求助进入下一步', fields: ['state', 'assigneeId'] },
  { share: 0.15, fn: 'requests', action: 'get', collection: 'requests', outcome: 'read', summary: '查看了求助', fields: [] },
  { share: 0.1, fn: 'org', action: 'saveMember', collection: 'members', outcome: 'changed', summary: '修改了执委信息', fields: ['phone', 'post', 'areaIds'] },
  { share: 0.05, fn: 'org', action: 'history', collection: 'orgs', outcome: 'refused', summary: '没有权限查看变更记录', fields: [] },
] as const

/** A year of one federation's audit records, dated over the 365 days up to `now`. */
function auditOf(orgIndex: number, random: () => number, now: Date): object[] {
  const orgId = orgIdOf(orgIndex)
  const docs: object[] = []
  for (let i = 0; i < AUDIT_PER_ORG; i++) {
    let roll = random()
    const kind = AUDIT_KINDS.find((k) => (roll -= k.share) < 0) ?? AUDIT_KINDS[0]
    const member = `m${orgId.slice(1)}-${String(1 + Math.floor(random() * MEMBERS_PER_ORG)).padStart(2, '0')}`
    docs.push({
      _id: randomUUID().replace(/-/g, ''),
      at: new Date(now.getTime() - Math.floor(random() * 365 * DAY_MS)).toISOString(),
      actor: `bench-staff-${member}`,
      actorName: kind.outcome === 'refused' ? '居民' : `执委${member.slice(-2)}`,
      fn: kind.fn,
      action: kind.action,
      orgId,
      target: { collection: kind.collection, id: `${kind.collection}-${orgId}-${i}` },
      outcome: kind.outcome,
      summary: kind.summary,
      changes: kind.fields.map((field) => ({ field, before: field === 'state' ? 'submitted' : null, after: field === 'state' ? 'accepted' : `${field}-${i}` })),
    })
  }
  return docs
}

/** The notifications kept for the residents of one federation over the year. */
function outboxOf(orgIndex: number, random: () => number, now: Date): object[] {
  const docs: object[] = []
  for (let i = 0; i < OUTBOX_PER_ORG; i++) {
    const topic = i < TOPICS_PER_ORG * 2
    docs.push({
      _id: randomUUID().replace(/-/g, ''),
      openid: `bench-resident-${orgIndex}-${Math.floor(i / 3)}`,
      template: topic ? 'topicProgress' : 'requestProgress',
      page: topic ? `/topics/pages/detail/index?id=t-${orgIndex}-${i >> 1}` : `/help/pages/case/index?id=r-${orgIndex}-${Math.floor(i / 3)}`,
      data: { thing: topic ? '您提的议题有了新进展' : '您的求助有了新进展', phrase: topic ? '已受理' : '处理中' },
      createdAt: new Date(now.getTime() - Math.floor(random() * 365 * DAY_MS)).toISOString(),
    })
  }
  return docs
}

function meetingsOf(orgIndex: number, now: Date): object[] {
  const orgId = orgIdOf(orgIndex)
  const at = now.toISOString()
  return Array.from({ length: MEETINGS_PER_ORG }, (_, q) => ({
    _id: `mt-${orgId}-${q}`,
    version: 1,
    createdAt: at,
    updatedAt: at,
    orgId,
    form: 'meeting',
    startsAt: new Date(now.getTime() - (q * 91 + 10) * DAY_MS).toISOString(),
    place: '党群服务中心二楼会议室',
    host: '主席',
    invitedMemberIds: Array.from({ length: MEMBERS_PER_ORG }, (_, k) => `m${orgId.slice(1)}-${String(k + 1).padStart(2, '0')}`),
    representatives: ['王秀英', '李桂兰'],
    guests: ['村党支部书记'],
    topicIds: [],
    status: 'recorded',
    attendance: [],
    records: [],
  }))
}

/** The rest of the year's records, written in bulk per federation (never all in memory at once). */
async function addYear(dataDir: string, now: Date): Promise<{ audit: number; outbox: number; meetings: number }> {
  const random = seededRandom(20261201)
  const counts = { audit: 0, outbox: 0, meetings: 0 }
  const BATCH = 100
  for (let start = 0; start < ORGS; start += BATCH) {
    const audit: object[] = []
    const outbox: object[] = []
    const meetings: object[] = []
    for (let index = start; index < Math.min(ORGS, start + BATCH); index++) {
      audit.push(...auditOf(index, random, now))
      outbox.push(...outboxOf(index, random, now))
      meetings.push(...meetingsOf(index, now))
    }
    await appendDocs(dataDir, 'audit', audit)
    await appendDocs(dataDir, 'outbox', outbox)
    await appendDocs(dataDir, 'meetings', meetings)
    counts.audit += audit.length
    counts.outbox += outbox.length
    counts.meetings += meetings.length
  }
  return counts
}

/** Bytes of everything the store keeps under the data dir (collection files, and folders of them). */
function storeBytes(dir: string): number {
  let sum = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory() && entry.name !== 'files' && entry.name !== 'downloads') sum += storeBytes(full)
    else if (entry.isFile() && !/secret|manifest/.test(entry.name)) sum += fs.statSync(full).size
  }
  return sum
}

interface Memory {
  rss: number
  hwm: number
}

/** The host's processes (tsx and the node running server/main.ts) on this data dir: the largest one's memory, from /proc. */
function hostMemory(dataDir: string): Memory | null {
  let best: Memory | null = null
  for (const dir of hostProcesses(dataDir)) {
    try {
      const status = fs.readFileSync(`${dir}/status`, 'utf8')
      const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024
      const memory = { rss: kb('VmRSS'), hwm: kb('VmHWM') }
      if (!best || memory.rss > best.rss) best = memory
    } catch {
      // the process ended while we looked
    }
  }
  return best
}

/** Samples the host's memory every 200 ms until stopped; the peak it saw. */
function watchMemory(dataDir: string): { stop(): number } {
  let peak = 0
  const timer = setInterval(() => {
    const memory = hostMemory(dataDir)
    if (memory) peak = Math.max(peak, memory.rss, memory.hwm)
  }, 200)
  return {
    stop() {
      clearInterval(timer)
      const memory = hostMemory(dataDir)
      return Math.max(peak, memory?.hwm ?? 0)
    },
  }
}

const boardBody = () => JSON.stringify({ action: 'get', payload: { code: syntheticCode(Math.floor(Math.random() * ORGS)) } })

const mib = (bytes: number) => Math.round(bytes / 2 ** 20)
const loadAverage = () =>
  os
    .loadavg()
    .map((n) => Math.round(n * 100) / 100)
    .join(' / ')

/** The earlier result kept as `before`: the first run on the in-memory store stays the `before` of every later one. */

/** Written last: the data dir holds a complete data set of these parameters, in the store's present layout. */
const YEAR_MANIFEST = 'year-manifest.json'

interface YearManifest {
  parameters: Record<string, number | string>
  counts: { seeded: Awaited<ReturnType<typeof seed>>; dutyEntries: number; year: Awaited<ReturnType<typeof addYear>> }
  generatedSeconds: number
  quarter: string
}

const WANTED = {
  orgs: ORGS,
  membersPerOrg: MEMBERS_PER_ORG,
  topicsPerOrg: TOPICS_PER_ORG,
  requestsPerOrg: REQUESTS_PER_ORG,
  entriesPerMember: ENTRIES_PER_MEMBER,
  auditPerOrg: AUDIT_PER_ORG,
  outboxPerOrg: OUTBOX_PER_ORG,
  layout: 'log collections (server/logStore.ts)',
}

/** Reuses the data set of an earlier run when it is complete, of these parameters and layout, and from this quarter (the data is dated back from its run). */
async function ensureDataSet(now: Date): Promise<YearManifest> {
  const quarter = quarterOf(now).label
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(DATA_DIR, YEAR_MANIFEST), 'utf8')) as YearManifest
    if (JSON.stringify(manifest.parameters) === JSON.stringify(WANTED) && manifest.quarter === quarter) {
      console.log(`沿用已生成的数据集 ${DATA_DIR}`)
      return manifest
    }
  } catch {
    // no complete data set yet: generate it below
  }
  const generated = performance.now()
  const { seeded, dutyEntries } = await seedCountyYear(DATA_DIR, now)
  console.log(`正在写入一年的议事会议、消息和 ${ORGS * AUDIT_PER_ORG} 条变更记录…`)
  const year = await addYear(DATA_DIR, now)
  const manifest: YearManifest = {
    parameters: WANTED,
    counts: { seeded, dutyEntries, year },
    generatedSeconds: Math.round((performance.now() - generated) / 100) / 10,
    quarter,
  }
  fs.writeFileSync(path.join(DATA_DIR, YEAR_MANIFEST), JSON.stringify(manifest, null, 2), { mode: 0o600 })
  return manifest
}

export async function run(): Promise<void> {
  const now = systemClock.now()
  const {
    counts: { seeded, dutyEntries, year },
    generatedSeconds,
  } = await ensureDataSet(now)
  const bytes = storeBytes(DATA_DIR)
  const loadBefore = loadAverage()
  console.log(`数据集 ${mib(bytes)} MiB，用时 ${generatedSeconds} 秒。正在启动本地服务…`)

  const memory = watchMemory(DATA_DIR)
  const started = performance.now()
  let readySeconds: number | null = null
  let failure: string | null = null
  let host: Awaited<ReturnType<typeof startHost>> | null = null
  try {
    host = await startHost({ dataDir: DATA_DIR, loadDemo: false, h5Dir: null, readyTimeoutMs: READY_TIMEOUT_MS })
    readySeconds = Math.round((performance.now() - started) / 100) / 10
  } catch (error) {
    failure = (error instanceof Error ? error.message : String(error)).split('\n').slice(0, 6).join(' ')
  }
  const figures: Record<string, unknown> = { readySeconds, failure }
  let pass = false
  try {
    if (host) {
      console.log(`本地服务 ${readySeconds} 秒就绪，等待 ${SETTLE_MS / 1000} 秒后读取常驻内存…`)
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
      const settled = hostMemory(DATA_DIR)?.rss ?? 0
      const beside = await boardBesideStatic(host.url, DATA_DIR, boardBody)
      const { boardGet, ratio } = beside
      const afterLoad = hostMemory(DATA_DIR)?.rss ?? 0
      const peak = memory.stop()
      const clean = boardGet.errors + boardGet.non2xx + boardGet.timeouts === 0
      Object.assign(figures, {
        rssPeakMiB: mib(peak),
        rssSettledMiB: mib(settled),
        rssAfterLoadMiB: mib(afterLoad),
        boardGet,
        staticFile: beside.staticFile,
        ratio,
        roundRatios: beside.roundRatios,
        hostCpu: beside.hostCpu,
        responseBytes: beside.responseBytes,
      })
      pass = readySeconds !== null && readySeconds <= READY_BUDGET_S && Math.max(peak, afterLoad) <= RSS_BUDGET_BYTES && ratio >= BOARD_RATIO_BUDGET && clean
    } else {
      figures.rssPeakMiB = mib(memory.stop())
    }
  } finally {
    memory.stop()
    // a crash, as far as the store knows: the next run starts on the same files, as after a power cut
    if (host) await host.kill()
  }
  const before = earlierResult('year')
  writeResult('year', {
    parameters: {
      orgs: seeded.orgs,
      members: seeded.members,
      topics: seeded.topics,
      meetings: year.meetings,
      requests: seeded.requests,
      requestEvents: seeded.request_events,
      dutyEntries,
      outbox: year.outbox,
      audit: year.audit,
      storeMiB: mib(bytes),
      generatedSeconds,
      rates: `${MEMBERS_PER_ORG} members, ${TOPICS_PER_ORG} topics, ${REQUESTS_PER_ORG} help requests (board, topics, requests benchmarks), ${ENTRIES_PER_MEMBER} 履职 entries a member (duty), ${MEETINGS_PER_ORG} meetings, ${OUTBOX_PER_ORG} notifications and ${AUDIT_PER_ORG} audit records a federation`,
      ready: 'from spawning `tsx server/main.ts` until it prints LIANGPAI_READY (it answers from then on)',
      memory: `resident set of the host's node process from /proc: the peak (VmHWM, sampled every 200 ms from start to the end of the load), ${SETTLE_MS / 1000} s after ready, and after the load`,
      boardGet: `a random board per request, beside a static file of the same size on the same host (as board.json): ${BESIDE_STATIC}`,
      machineLoad: `1/5/15-minute load average ${loadBefore} before the host started and ${loadAverage()} at the end, on ${os.cpus().length} cores shared with other work`,
    },
    figures,
    budget: {
      rule: `就绪 ≤ ${READY_BUDGET_S} 秒，常驻内存 ≤ 1.5 GB，board.get 吞吐量 ≥ ${BOARD_RATIO_BUDGET} × 同样大小静态文件且没有错误`,
      readySeconds: READY_BUDGET_S,
      rssMiB: mib(RSS_BUDGET_BYTES),
      minRatio: BOARD_RATIO_BUDGET,
    },
    pass,
    ...(before ? { before } : {}),
  })
}
