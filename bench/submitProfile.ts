// Where a submit's time goes: `npx tsx bench/submitProfile.ts <requests|topics> <before|after>`
// runs the host of that benchmark with V8's CPU profiler on, drives submit alone as the
// benchmark does (same data set, 50 connections), and splits the host's CPU samples taken
// during the measured seconds by the part of a submit they belong to. The split is written
// to bench/results/<name>.json as `profile.<label>` (the rest of the file is left as it is).
//
// A sample belongs to the part of the innermost-but-most-specific frame on its stack (the
// PARTS below, first match in that order over the whole stack). A profile holds synchronous
// stacks only: work resumed after an `await` inside the store shows the store's frames
// without the handler above them, so `store reads` / `store writes` are the embedded store's
// own work for whichever part awaited it.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { cpuProfiled, startHost } from './lib/host'
import { runLoad, type LoadOptions } from './lib/load'
import { RESULTS_DIR } from './lib/results'
import { freshSubmitters } from './lib/writesBudget'

const CONNECTIONS = 50
const WARMUP_SECONDS = 2
const DURATION_SECONDS = 10

interface CallFrame {
  functionName: string
  url: string
}
interface ProfileNode {
  id: number
  callFrame: CallFrame
  children?: number[]
}
interface CpuProfile {
  nodes: ProfileNode[]
  startTime: number
  samples: number[]
  timeDeltas: number[]
}

/** The parts, most specific first: a sample goes to the first part any frame of its stack matches. */
const PARTS: { part: string; matches: (frame: CallFrame) => boolean }[] = [
  { part: 'idle', matches: (f) => f.functionName === '(idle)' },
  { part: 'garbage collection', matches: (f) => f.functionName === '(garbage collector)' },
  { part: 'sealing (vault)', matches: (f) => /common\/vault\.ts|requests\/lib\/seal\.ts|server\/vault\.ts/.test(f.url) || /Cipher|pbkdf2|scrypt/i.test(f.functionName) },
  { part: 'refreshStats (org_stats recount)', matches: (f) => /shared\/orgStats\.ts|common\/readAll\.ts/.test(f.url) },
  { part: 'rate limit', matches: (f) => /common\/rateLimit\.ts/.test(f.url) },
  { part: 'audit', matches: (f) => /common\/audit\.ts|lib\/record\.ts/.test(f.url) },
  { part: 'notify / outbox', matches: (f) => /notify|subscriptions\.ts/i.test(f.url) },
  { part: 'content check', matches: (f) => /contentGate|contentCheck/i.test(f.url) },
  { part: 'log collections (request_events, audit, outbox files)', matches: (f) => /server\/logStore\.ts|server\/tornTail\.ts/.test(f.url) },
  {
    part: 'store writes (nedb insert/update, indexes, file append)',
    matches: (f) => /nedb\/lib\/(persistence|storage|indexes|avltree|binary-search-tree)/.test(f.url) || /nedb\/.*(insert|update|remove)/i.test(`${f.url} ${f.functionName}`),
  },
  { part: 'store reads (nedb find)', matches: (f) => /nedb\/lib\/(cursor|datastore|model|executor)|server\/nedb\.ts/.test(f.url) },
  { part: 'handler (other)', matches: (f) => /cloudfunctions\/(requests|topics)\//.test(f.url) },
  { part: 'caller / token', matches: (f) => /server\/(devAuth|signIns)\.ts/.test(f.url) || /Hmac|timingSafe/i.test(f.functionName) },
  { part: 'validation (contract)', matches: (f) => /node_modules\/zod|\/types\//.test(f.url) },
  { part: 'dispatch and access', matches: (f) => /cloudfunctions\/common\//.test(f.url) },
  { part: 'HTTP and JSON', matches: (f) => /server\/(host|requestBody)\.ts|node:_http|node:net|node:stream/.test(f.url) || /^(JSON|parse|stringify)$/.test(f.functionName) },
  { part: 'fs and I/O callbacks', matches: (f) => /node:fs|node:internal\/fs/.test(f.url) },
  { part: 'program (native, unattributed)', matches: (f) => f.functionName === '(program)' },
]
const OTHER = 'other'

/** Percent of the busy samples (all but idle) per part, and the share idle, between `from` and `to` (µs, monotonic). */
export function breakdown(profile: CpuProfile, from: number, to: number): { samples: number; idlePercent: number; parts: Record<string, number> } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const partOf = new Map<number, string>()
  const classify = (id: number): string => {
    const known = partOf.get(id)
    if (known) return known
    const frames: CallFrame[] = []
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) frames.push(byId.get(at)!.callFrame)
    const part = PARTS.find(({ matches }) => frames.some(matches))?.part ?? OTHER
    partOf.set(id, part)
    return part
  }
  const counts = new Map<string, number>()
  let time = profile.startTime
  let total = 0
  profile.samples.forEach((id, i) => {
    time += profile.timeDeltas[i] ?? 0
    if (time < from || time > to) return
    total++
    const part = classify(id)
    counts.set(part, (counts.get(part) ?? 0) + 1)
  })
  const idle = counts.get('idle') ?? 0
  counts.delete('idle')
  const busy = total - idle
  const percent = (n: number) => Math.round((1000 * n) / Math.max(busy, 1)) / 10
  const parts = Object.fromEntries([...counts.entries()].sort((a, b) => b[1] - a[1]).map(([part, n]) => [part, percent(n)]))
  return { samples: total, idlePercent: Math.round((1000 * idle) / Math.max(total, 1)) / 10, parts }
}

const nowMicros = () => Number(process.hrtime.bigint() / 1000n)
const loadAverage = () =>
  os
    .loadavg()
    .map((n) => Math.round(n * 100) / 100)
    .join(' / ')

async function main(): Promise<void> {
  const [name, label] = process.argv.slice(2)
  if ((name !== 'requests' && name !== 'topics') || !label) throw new Error('用法：npx tsx bench/submitProfile.ts <requests|topics> <before|after>')
  const bench = name === 'requests' ? await import('./requests') : await import('./topics')
  await bench.ensureDataSet()
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'submit-profile-'))
  const loadBefore = loadAverage()
  const host = await startHost({
    dataDir: bench.DATA_DIR,
    loadDemo: false,
    h5Dir: null,
    readyTimeoutMs: 600_000,
    env: cpuProfiled(profileDir),
  })
  let window: [number, number]
  let requests = 0
  try {
    const tokens = await freshSubmitters(host.url, 'profile')
    const load = { method: 'POST', headers: { 'content-type': 'application/json' }, connections: CONNECTIONS, ...bench.submitLoad(host.url, tokens) } as LoadOptions
    await runLoad({ ...load, durationSeconds: WARMUP_SECONDS })
    const from = nowMicros()
    const figures = await runLoad({ ...load, durationSeconds: DURATION_SECONDS })
    window = [from, nowMicros()]
    requests = figures.requests
    if (figures.errors + figures.non2xx + figures.timeouts > 0) throw new Error(`submit 有失败的应答：${JSON.stringify(figures)}`)
  } finally {
    await host.stop()
    if (process.env.PROFILE_HOST_OUTPUT)
      console.log(
        host
          .output()
          .split('\n')
          .filter((line) => !/notification not sent|POST \//.test(line))
          .slice(-30)
          .join('\n'),
      )
  }
  // the host's node process wrote the largest profile (tsx's own process is idle)
  const files = fs.readdirSync(profileDir).map((file) => path.join(profileDir, file))
  const largest = files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0]
  if (!largest) throw new Error(`没有写出 CPU 剖析文件（${profileDir}）`)
  const split = breakdown(JSON.parse(fs.readFileSync(largest, 'utf8')) as CpuProfile, window[0], window[1])
  const file = path.join(RESULTS_DIR, `${name}.json`)
  const result = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown> & { profile?: Record<string, unknown> }
  const entry = {
    measuredAt: new Date().toISOString(),
    method: `V8 CPU profile of the host (--cpu-prof, 1 ms samples) during ${DURATION_SECONDS} s of ${name}.submit alone (${CONNECTIONS} connections, after ${WARMUP_SECONDS} s of warm-up), ${requests} submits; percent of the host's busy samples per part`,
    machineLoad: `1/5/15-minute load average ${loadBefore} before the host started and ${loadAverage()} at the end`,
    samples: split.samples,
    idlePercent: split.idlePercent,
    submitsPerSecondProfiled: Math.round(requests / DURATION_SECONDS),
    percentOfBusyTime: split.parts,
  }
  result.profile = { ...result.profile, [label]: entry }
  fs.writeFileSync(file, JSON.stringify(result, null, 2) + '\n')
  console.log(JSON.stringify(entry, null, 2))
  console.log(`剖析文件：${largest}，测量时段 ${window[0]}–${window[1]} µs`)
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
