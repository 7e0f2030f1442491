// Benchmark: the cold start of each cloud function. Every function of
// `npm run build:functions` is bundled as the build does it, beside two empty functions
// bundled with the same esbuild settings: one whose handler returns at once, and WeChat's
// new-function template (wx-server-sdk required and initialised, then the same handler).
// Each sample is a fresh `node` process that loads index.js and answers one call: the
// real wx-server-sdk runs, its database request sender answering from fixture documents
// (nothing leaves the machine). Budget: board ≤ 120 KB and its cold start ≤ 1.5 × the
// empty function's — WeChat's template, since every function of ours loads wx-server-sdk
// to learn its caller; the ratio to the bare one is recorded beside it.
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { build } from 'esbuild'
import { systemClock } from '../cloudfunctions/common/time'
import { composeBoard } from '../cloudfunctions/shared/boardDocument'
import { buildFunctions, bundleOptions, contributionsOf } from '../scripts/build-functions'
import { org } from '../test/fixtures/docs'
import { earlierResult, machine, median, RESULTS_DIR } from './lib/results'

const ROOT = path.resolve(__dirname, '..')
const RESULT_FILE = path.join(RESULTS_DIR, 'functions.json')
const SAMPLES = 15
/** 120 KB read strictly: 120,000 bytes. */
const MAX_BOARD_BYTES = 120_000
const MAX_RATIO = 1.5
const OPENID = 'o-bench-caller'

/** The empty functions: a handler that returns at once, without and with wx-server-sdk. */
const PEERS: Record<string, { source: string; meaning: string }> = {
  empty: {
    source: 'export async function main(): Promise<unknown> {\n  return { ok: true, data: null }\n}\n',
    meaning: 'exports.main returns at once; nothing else is loaded',
  },
  emptyWithSdk: {
    source: [
      "import * as cloud from 'wx-server-sdk'",
      '',
      'cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })',
      '',
      'export async function main(): Promise<unknown> {',
      '  return { ok: true, data: { openid: cloud.getWXContext().OPENID ?? null } }',
      '}',
      '',
    ].join('\n'),
    meaning: "WeChat's new cloud function template: requires and initialises wx-server-sdk, then returns the caller's OPENID at once",
  },
}

interface FirstCall {
  event: Record<string, unknown>
  /** 'ok' for a real answer, else the refusal's code */
  expect: string
  meaning: string
}

/** The call each function answers first: a real answer where one needs no database beyond fixture documents, else the contract's refusal. */
const FIRST_CALLS: Record<string, FirstCall> = {
  board: {
    event: { action: 'get', payload: { code: 'comm' } },
    expect: 'ok',
    meaning: 'board.get of a stored board, read by the real SDK from a fixture document: the full answer',
  },
  requests: { event: { action: 'terms', payload: {} }, expect: 'ok', meaning: 'requests.terms: the full answer (no database read besides the calendar)' },
  org: { event: { action: 'get', payload: { orgId: 1 } }, expect: 'INVALID_INPUT', meaning: "org.get with a number for orgId: the contract's refusal in Chinese" },
  topics: { event: { action: 'get', payload: { topicId: 1 } }, expect: 'INVALID_INPUT', meaning: "topics.get with a number for topicId: the contract's refusal in Chinese" },
  reports: {
    event: { action: 'exportLedger', payload: { orgId: 1, kind: 'roster' } },
    expect: 'INVALID_INPUT',
    meaning: "reports.exportLedger with a number for orgId: the contract's refusal in Chinese",
  },
}
const UNKNOWN_FUNCTION_CALL: FirstCall = { event: { action: 'benchNoSuchAction', payload: {} }, expect: 'UNKNOWN_ACTION', meaning: 'an action the function does not have' }
const PEER_CALL: FirstCall = { event: { action: 'get', payload: {} }, expect: 'ok', meaning: 'any event: the handler returns at once' }

/**
 * One sample: loads index.js, then (when the bundle loaded wx-server-sdk) replaces the SDK's
 * database request sender by one answering from the fixture, then calls main once. Prints
 * the in-process timings and the reply, and exits.
 */
const RUNNER = `
const started = process.hrtime.bigint()
const ms = (from, to) => Number(to - from) / 1e6
const lines = []
console.log = console.error = (line) => lines.push(String(line))
const dir = require('path').resolve(process.argv[2])
const { main } = require(dir + '/index.js')
const loaded = process.hrtime.bigint()
const sdkFile = require.resolve('wx-server-sdk', { paths: [dir] })
if (require.cache[sdkFile]) {
  const path = require('path')
  const nodeSdk = path.dirname(require.resolve('@cloudbase/node-sdk', { paths: [path.dirname(sdkFile)] }))
  const { TcbDBApiHttpRequester } = require(path.join(nodeSdk, 'utils', 'tcbdbapirequester.js'))
  if (typeof TcbDBApiHttpRequester?.prototype?.send !== 'function') {
    process.stderr.write('the database request sender moved: refusing to run online')
    process.exit(3)
  }
  const fixture = require(process.env.FIXTURE)
  TcbDBApiHttpRequester.prototype.send = async function (api, params) {
    if (api === 'database.getDocument' && params.queryType === 'DOC') {
      const doc = (fixture[params.collectionName] || {})[JSON.parse(params.query)._id]
      return { requestId: 'offline', data: { list: doc ? [JSON.stringify(doc)] : [] } }
    }
    return { requestId: 'offline', code: 'OFFLINE', message: 'not served offline: ' + api }
  }
}
const patched = process.hrtime.bigint()
main(JSON.parse(process.env.EVENT), {}).then((reply) => {
  const answered = process.hrtime.bigint()
  process.stdout.write(JSON.stringify({ loadMs: ms(started, loaded), callMs: ms(patched, answered), reply, lines }))
  process.exit(0)
}, (error) => {
  process.stderr.write(String(error && error.stack || error))
  process.exit(2)
})
`

interface Target {
  name: string
  dir: string
  bytes: number
  call: FirstCall
  peer: boolean
}

interface Sample {
  coldStartMs: number
  loadMs: number
  callMs: number
  answer: string
}

function answerOf(reply: unknown): string {
  const body = reply as { ok?: boolean; error?: { code?: string } } | null
  return body?.ok === true ? 'ok' : (body?.error?.code ?? 'no reply')
}

/** Spawns a fresh node on one bundle; the cold start is from the spawn to the child's exit after it printed the reply. */
function sample(target: Target, outDir: string): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      FIXTURE: path.join(outDir, 'fixture.json'),
      EVENT: JSON.stringify(target.call.event),
      WX_CONTEXT_KEYS: 'WX_OPENID',
      WX_OPENID: OPENID,
    }
    const started = process.hrtime.bigint()
    const child = spawn(process.execPath, ['runner.js', target.name], { cwd: outDir, env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    child.on('error', reject)
    child.on('exit', (code) => {
      const coldStartMs = Number(process.hrtime.bigint() - started) / 1e6
      if (code !== 0) return reject(new Error(`${target.name} 的进程以 ${code} 退出：${stderr.slice(0, 500)}`))
      const out = JSON.parse(stdout) as { loadMs: number; callMs: number; reply: unknown; lines: string[] }
      const answer = answerOf(out.reply)
      if (answer !== target.call.expect) return reject(new Error(`${target.name} 的第一次调用回答了 ${answer}，应为 ${target.call.expect}：${JSON.stringify(out).slice(0, 800)}`))
      if (out.lines.some((line) => line.includes('function instance failed'))) return reject(new Error(`${target.name} 的实例没有启动：${out.lines.join('\n')}`))
      resolve({ coldStartMs, loadMs: out.loadMs, callMs: out.callMs, answer })
    })
  })
}

const round1 = (n: number) => Math.round(n * 10) / 10
const round3 = (n: number) => Math.round(n * 1000) / 1000

async function buildTargets(outDir: string): Promise<{ targets: Target[]; contributions: Record<string, Record<string, number>> }> {
  const built = await buildFunctions(outDir)
  const contributions: Record<string, Record<string, number>> = {}
  const targets: Target[] = built.map((fn) => {
    contributions[fn.name] = fn.contributions
    return { name: fn.name, dir: fn.dir, bytes: fn.bytes, call: FIRST_CALLS[fn.name] ?? UNKNOWN_FUNCTION_CALL, peer: false }
  })
  for (const [name, peer] of Object.entries(PEERS)) {
    const entry = path.join(outDir, 'peer-sources', `${name}.ts`)
    fs.mkdirSync(path.dirname(entry), { recursive: true })
    fs.writeFileSync(entry, peer.source)
    const dir = path.join(outDir, name)
    const result = await build(bundleOptions(entry, path.join(dir, 'index.js')))
    contributions[name] = contributionsOf(result.metafile)
    targets.push({ name, dir, bytes: fs.statSync(path.join(dir, 'index.js')).size, call: PEER_CALL, peer: true })
  }
  return { targets, contributions }
}

function prepareRun(outDir: string): void {
  // WeChat installs wx-server-sdk beside index.js ("云端安装依赖"); here it is the real one.
  fs.mkdirSync(path.join(outDir, 'node_modules'), { recursive: true })
  fs.symlinkSync(path.dirname(require.resolve('wx-server-sdk')), path.join(outDir, 'node_modules', 'wx-server-sdk'), 'dir')
  fs.writeFileSync(path.join(outDir, 'runner.js'), RUNNER)
  const board = composeBoard(org('comm', { name: '幸福社区妇联' }), null, [], [], [], [], [], systemClock.now())
  fs.writeFileSync(path.join(outDir, 'fixture.json'), JSON.stringify({ boards: { comm: board } }))
}

function commitOf(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'cloudfunctions', 'types', 'scripts'], { cwd: ROOT, encoding: 'utf8' }).trim() !== ''
    return dirty ? `${head} with uncommitted changes` : head
  } catch {
    return 'unknown'
  }
}

export async function run(): Promise<void> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liangpai-bench-functions-'))
  try {
    const { targets, contributions } = await buildTargets(outDir)
    prepareRun(outDir)
    const loadBefore = os.loadavg().map(round1)
    const samples = new Map<string, Sample[]>(targets.map((target) => [target.name, []]))
    // one warm-up round (the disk cache), then rounds in which the order rotates
    for (const target of targets) await sample(target, outDir)
    for (let round = 0; round < SAMPLES; round++) {
      console.log(`第 ${round + 1}/${SAMPLES} 轮…`)
      for (let i = 0; i < targets.length; i++) {
        const target = targets[(i + round) % targets.length]
        samples.get(target.name)!.push(await sample(target, outDir))
      }
    }
    const loadAfter = os.loadavg().map(round1)
    const figuresOf = (target: Target) => {
      const taken = samples.get(target.name)!
      return {
        bytes: target.bytes,
        coldStartMs: round1(median(taken.map((s) => s.coldStartMs))),
        loadMs: round1(median(taken.map((s) => s.loadMs))),
        firstCallMs: round1(median(taken.map((s) => s.callMs))),
        firstCall: { ...target.call.event, answer: target.call.expect },
        largest: Object.fromEntries(Object.entries(contributions[target.name]).slice(0, 8)),
      }
    }
    const functions = Object.fromEntries(targets.filter((t) => !t.peer).map((t) => [t.name, figuresOf(t)]))
    const peers = Object.fromEntries(targets.filter((t) => t.peer).map((t) => [t.name, figuresOf(t)]))
    const template = peers.emptyWithSdk.coldStartMs
    for (const figures of Object.values(functions)) Object.assign(figures, { overTemplateMs: round1(figures.coldStartMs - template) })
    const board = functions.board
    // the machine's load drifts between rounds: each round's board / peer, then their median
    const roundRatio = (peer: string) => round3(median(samples.get('board')!.map((s, round) => s.coldStartMs / samples.get(peer)![round].coldStartMs)))
    const ratios = { boardVsEmpty: roundRatio('empty'), boardVsEmptyWithSdk: roundRatio('emptyWithSdk') }
    const pass = board.bytes <= MAX_BOARD_BYTES && ratios.boardVsEmptyWithSdk <= MAX_RATIO
    const result = {
      name: 'functions',
      measuredAt: systemClock.now().toISOString(),
      machine: machine(),
      commit: commitOf(),
      parameters: {
        build: 'scripts/build-functions.ts (esbuild: bundle, node16, cjs, wx-server-sdk external); the empty functions with the same options (bundleOptions)',
        samples: `${SAMPLES} per bundle after one warm-up each, in rounds whose order rotates; figures are medians; a ratio is the median of the rounds' ratios (board / peer in the same round)`,
        coldStartMs:
          'wall time from spawning a fresh `node runner.js <bundle>` to its exit right after the first reply: Node starting, loading index.js (and wx-server-sdk where it is required), the first call, and replacing the SDK database sender',
        loadMs: 'inside the process: require(index.js)',
        overTemplateMs: "a function's cold start minus the template's (emptyWithSdk): what the function itself adds",
        firstCallMs:
          "inside the process: main(event) until its reply; the function's instance starts in it (wx-server-sdk init, the calendar read from the database: not found, the built-in one is used)",
        runtime:
          'the real wx-server-sdk 4 beside index.js, as WeChat installs it; its database request sender answers from fixture documents (boards/comm) and refuses every other request, so nothing leaves the machine',
        caller: `signed in as ${OPENID} (WX_OPENID)`,
        firstCalls: { ...Object.fromEntries(Object.entries(FIRST_CALLS).map(([name, call]) => [name, call.meaning])), peers: PEER_CALL.meaning },
        peers: Object.fromEntries(Object.entries(PEERS).map(([name, peer]) => [name, peer.meaning])),
        machineLoad: `1/5/15-minute load average ${loadBefore.join(' / ')} before the samples and ${loadAfter.join(' / ')} after, on ${os.cpus().length} cores shared with other work`,
      },
      figures: { functions, peers, ratios },
      budget: {
        rule: `board 的包 ≤ ${MAX_BOARD_BYTES} 字节，冷启动（加载并回答第一次调用）≤ ${MAX_RATIO} × 空函数（微信新建云函数模板：加载 wx-server-sdk 后立即返回）`,
        maxBoardBytes: MAX_BOARD_BYTES,
        maxRatio: MAX_RATIO,
        ratio: 'boardVsEmptyWithSdk',
      },
      pass,
      before: earlierResult('functions'),
    }
    fs.mkdirSync(RESULTS_DIR, { recursive: true })
    fs.writeFileSync(RESULT_FILE, `${JSON.stringify(result, null, 2)}\n`)
    for (const [name, f] of Object.entries({ ...functions, ...peers })) {
      console.log(`${name.padEnd(13)} ${String(f.bytes).padStart(8)} B  冷启动 ${f.coldStartMs} ms（加载 ${f.loadMs} ms，第一次调用 ${f.firstCallMs} ms）`)
    }
    console.log(
      `functions: board ${board.bytes} B，冷启动比值 ${ratios.boardVsEmptyWithSdk}（空函数不含 SDK：${ratios.boardVsEmpty}）：${pass ? '达标' : '未达标'}（${result.budget.rule}）`,
    )
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true })
  }
}
