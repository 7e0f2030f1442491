// Budget 5 of issue 17, shared by the 求助 and 议事 benchmarks: submit's p99 at most three
// times board.get's p99, both measured in the same run on the same host. What an earlier
// run recorded is kept: its figures as `before` (the first run's stay the `before` of every
// later one) and the CPU profile of submit (bench/submitProfile.ts) as `profile`.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pooled, runLoad, runWindow, type LoadFigures, type LoadOptions } from './load'
import { RESULTS_DIR } from './results'

export const MAX_SUBMIT_P99_RATIO = 3

/**
 * Each measurement's warm-up, in both benchmarks. A log collection reads each of its 1,024
 * `_id` index files the first time a write touches it (server/logStore.ts), and a submit writes
 * one line to the audit (and a 求助 one to request_events): about 7,000 submits, two to three
 * seconds, touch them all. With two seconds the measured ten began with those reads still
 * going: on the 求助 benchmark's host most of the submits past the p99 came in the first 1.7 s.
 */
export const WARMUP_SECONDS = 5

/**
 * board.get and submit are measured in turn, ROUNDS times ROUND_SECONDS each after a warm-up
 * of each, and each one's p99 is of all its rounds' calls together. Measured one after the
 * other, ten seconds each, the two p99s came from different minutes of a machine whose speed
 * moved under them: the same submit took 330 µs of the host's thread one evening and 630–810
 * later the same evening, and over nine runs of unchanged code requests.submit's p99 came to
 * 2.5–4.8 times board.get's. In turn, each has the same minutes as the other; taken together,
 * a rare long wait (a whole-heap collection) counts in the p99 wherever it fell.
 */
export const ROUNDS = 3
export const ROUND_SECONDS = 5
/** How board.get and submit were measured, as a result file's parameters say it. */
const IN_TURN = `each warmed up ${WARMUP_SECONDS} s, then in turn, ${ROUNDS} rounds of ${ROUND_SECONDS} s each; each one's figures are of all its rounds' calls together (bench/lib/writesBudget.ts)`

/** A JSON POST load of `connections` connections, `load` over it. */
const postLoad = (connections: number, load: Partial<LoadOptions>): LoadOptions =>
  ({ method: 'POST', headers: { 'content-type': 'application/json' }, connections, durationSeconds: ROUND_SECONDS, ...load }) as LoadOptions

/** Warms a JSON POST load of `connections` connections up WARMUP_SECONDS, then measures it `seconds`. */
export async function measureAfterWarmUp(label: string, connections: number, seconds: number, load: Partial<LoadOptions>): Promise<LoadFigures> {
  const options = postLoad(connections, { ...load, durationSeconds: seconds })
  await runLoad({ ...options, durationSeconds: WARMUP_SECONDS })
  console.log(`正在测量 ${label}（${connections} 个连接，${seconds} 秒）…`)
  return runLoad(options)
}

/** A measurement of board.get against submit: each one's calls of every round together, and each round's p99s. */
export interface InTurn {
  boardGet: LoadFigures
  submit: LoadFigures
  rounds: { boardGetP99Ms: number; submitP99Ms: number; p99Ratio: number }[]
  /** how they were measured, in words */
  how: string
}

/** Warms board.get and submit (JSON POST loads of `connections` connections) up, then measures them in turn (see ROUNDS). */
export async function boardGetAndSubmit(connections: number, boardLoad: Partial<LoadOptions>, submitLoad: Partial<LoadOptions>, label: string): Promise<InTurn> {
  const [board, submit] = [postLoad(connections, boardLoad), postLoad(connections, submitLoad)]
  await runWindow({ ...board, durationSeconds: WARMUP_SECONDS })
  await runWindow({ ...submit, durationSeconds: WARMUP_SECONDS })
  const boardWindows = []
  const submitWindows = []
  const rounds: InTurn['rounds'] = []
  for (let round = 1; round <= ROUNDS; round++) {
    console.log(`正在测量 board.get 与 ${label}，第 ${round}/${ROUNDS} 轮（${board.connections} 个连接，各 ${ROUND_SECONDS} 秒）…`)
    const boardWindow = await runWindow({ ...board, durationSeconds: ROUND_SECONDS })
    const submitWindow = await runWindow({ ...submit, durationSeconds: ROUND_SECONDS })
    boardWindows.push(boardWindow)
    submitWindows.push(submitWindow)
    const each = { boardGet: pooled([boardWindow], board), submit: pooled([submitWindow], submit) }
    rounds.push({ boardGetP99Ms: each.boardGet.p99Ms, submitP99Ms: each.submit.p99Ms, p99Ratio: p99Ratio(each.submit, each.boardGet) })
  }
  return { boardGet: pooled(boardWindows, board), submit: pooled(submitWindows, submit), rounds, how: IN_TURN }
}

/**
 * Openids signed in for a submit benchmark, each used for one submit fewer than the limit of
 * its window (five an hour for 求助, five a day for 议事), so 429 never answers: 20,000 × 4 =
 * 80,000 submits, 4,000 a second over warm-up and the rounds (20 s). 4,000 openids ran out on a
 * quiet machine (3,228 submits a second, 15,233 of them refused as over the limit), and a refused
 * submit is cheap, so it would flatter submit's p99; the benchmark fails on any non-2xx.
 */
export const SUBMITTERS = 20_000
const SIGN_INS_AT_ONCE = 50

/** Dev-login tokens for `openids`, 50 at a time. */
export async function signIn(url: string, openids: string[]): Promise<string[]> {
  const tokens: string[] = []
  for (let start = 0; start < openids.length; start += SIGN_INS_AT_ONCE) {
    const batch = openids.slice(start, start + SIGN_INS_AT_ONCE)
    tokens.push(...(await Promise.all(batch.map((openid) => tokenOf(url, openid)))))
  }
  return tokens
}

async function tokenOf(url: string, openid: string): Promise<string> {
  const response = await fetch(`${url}/api/dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ openid }) })
  const text = await response.text()
  if (response.status !== 200) throw new Error(`开发登录返回 HTTP ${response.status}：${text.slice(0, 200)}`)
  return (JSON.parse(text) as { token: string }).token
}

/** Tokens of SUBMITTERS openids fresh to this run (prefix + run id + index), so every window's counter starts at 0. */
export const freshSubmitters = (url: string, prefix: string): Promise<string[]> => {
  const run = Math.random().toString(36).slice(2, 10)
  return signIn(
    url,
    Array.from({ length: SUBMITTERS }, (_, i) => `${prefix}-${run}-${i}`),
  )
}

/**
 * The authorization of each submit: the openids in turn, so each one's submits come
 * SUBMITTERS submits apart (seconds), as one woman's would, never together. Taken four in a
 * row instead, an openid's submits were all under way at once, racing each other for her
 * rate-limit window (three of the four found the window made by another meanwhile and tried
 * again): 2,014–2,133 求助 submits a second against 2,413–2,550 in turn on the same host
 * (`submitterOrder` in bench/results/requests.json).
 */
export function inTurn(tokens: string[]): () => Record<string, string> {
  let next = 0
  return () => ({ authorization: `Bearer ${tokens[next++ % tokens.length]}` })
}

export const p99Ratio = (a: LoadFigures, b: LoadFigures): number => Math.round((a.p99Ms / b.p99Ms) * 100) / 100

export const loadAverage = (): string =>
  os
    .loadavg()
    .map((n) => Math.round(n * 100) / 100)
    .join(' / ')

/** What a run writes afresh; every other field of the result file is kept. */
const MEASURED = new Set(['name', 'measuredAt', 'machine', 'parameters', 'figures', 'budget', 'pass'])

/**
 * What the earlier result file of `name` recorded beyond this run's own figures, written again
 * with them: `before`, `profile` (bench/submitProfile.ts) and every measurement written down
 * beside them (what a change bought, runs on a quieter machine).
 */
export function kept(name: string): Record<string, unknown> {
  const file = path.join(RESULTS_DIR, `${name}.json`)
  if (!fs.existsSync(file)) return {}
  const earlier = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
  const before = earlier.before ?? { measuredAt: earlier.measuredAt, figures: earlier.figures, pass: earlier.pass }
  return { ...Object.fromEntries(Object.entries(earlier).filter(([key]) => !MEASURED.has(key))), before }
}
