// board.get weighed against a static file of the same size on the same host, as board.json and
// year.json measure it. Measured in rounds of board, file, file, board (ABBA), so a change in
// the machine's load during the run falls on both alike: this machine is shared, and one long
// run of each in turn put whatever the load did in between into the ratio (0.26–0.66 seen).
import fs from 'node:fs'
import path from 'node:path'
import { typicalBoardBody } from './boardBody'
import { hostCpuMs } from './host'
import { runLoad, type LoadFigures, type LoadOptions } from './load'

export const CONNECTIONS = 50
/** rounds of ABBA; each leg lasts LEG_SECONDS, so each side is measured 2 × ROUNDS × LEG_SECONDS */
const ROUNDS = 3
const LEG_SECONDS = 5
const WARMUP_SECONDS = 3
const STATIC_PATH = 'bench/static.json'
/** board.get bodies made before the load (random boards), which each connection takes in turn */
const BODIES = 500

/** How the two are measured, in the words a result file records. */
export const BESIDE_STATIC = `board.get of ${BODIES} random boards made before the load (the client sends ready-made requests on both sides); ${ROUNDS} rounds of board.get, file, file, board.get (${LEG_SECONDS} s each, ${CONNECTIONS} connections) after ${WARMUP_SECONDS} s of warm-up of each; the ratio is board.get's requests over the file's in the same total time`

export interface BesideStatic {
  boardGet: LoadFigures
  staticFile: LoadFigures
  /** board.get's requests over the file's, over the same total time */
  ratio: number
  /** each round's ratio (its two board legs over its two file legs) */
  roundRatios: number[]
  /**
   * the host's own CPU time per request on each side, from /proc: what each costs the host
   * whatever else the machine is doing, and their ratio (the file's over board.get's), the
   * throughput ratio the host would reach with a core to itself
   */
  hostCpu: { boardGetMsPerRequest: number; staticFileMsPerRequest: number; ratio: number }
  responseBytes: number
}

/** Sums legs of equal length: requests and rates add up; the latencies are the worst leg's (percentiles do not add). */
function pooled(legs: LoadFigures[]): LoadFigures {
  const sum = (pick: (f: LoadFigures) => number) => legs.reduce((total, f) => total + pick(f), 0)
  const worst = (pick: (f: LoadFigures) => number) => Math.max(...legs.map(pick))
  return {
    requestsPerSecond: Math.round((sum((f) => f.requestsPerSecond) / legs.length) * 100) / 100,
    p50Ms: worst((f) => f.p50Ms),
    p99Ms: worst((f) => f.p99Ms),
    maxMs: worst((f) => f.maxMs),
    requests: sum((f) => f.requests),
    errors: sum((f) => f.errors),
    timeouts: sum((f) => f.timeouts),
    non2xx: sum((f) => f.non2xx),
    bytesPerSecond: Math.round(sum((f) => f.bytesPerSecond) / legs.length),
  }
}

const round3 = (n: number) => Math.round(n * 1000) / 1000

/** Writes the typical board as `<dataDir>/files/bench/static.json` and measures both, ABBA. */
export async function boardBesideStatic(url: string, dataDir: string, boardBody: () => string): Promise<BesideStatic> {
  const cpu = { board: 0, file: 0 }
  /** one leg, with the host CPU time it took added to its side */
  const leg = async (options: LoadOptions, side: keyof typeof cpu): Promise<LoadFigures> => {
    const before = hostCpuMs(dataDir)
    const figures = await runLoad(options)
    cpu[side] += hostCpuMs(dataDir) - before
    return figures
  }
  const typical = await typicalBoardBody(url, boardBody)
  const filePath = path.join(dataDir, 'files', STATIC_PATH)
  fs.mkdirSync(path.dirname(filePath), { recursive: true })
  fs.writeFileSync(filePath, typical)
  const board: LoadOptions = {
    url: `${url}/api/board`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    bodies: Array.from({ length: BODIES }, boardBody),
    connections: CONNECTIONS,
    durationSeconds: LEG_SECONDS,
  }
  const file: LoadOptions = { url: `${url}/files/${STATIC_PATH}`, method: 'GET', connections: CONNECTIONS, durationSeconds: LEG_SECONDS }
  await runLoad({ ...board, durationSeconds: WARMUP_SECONDS })
  await runLoad({ ...file, durationSeconds: WARMUP_SECONDS })
  const boardLegs: LoadFigures[] = []
  const fileLegs: LoadFigures[] = []
  const roundRatios: number[] = []
  for (let round = 1; round <= ROUNDS; round++) {
    console.log(`正在测量 board.get 与同样大小的静态文件，第 ${round}/${ROUNDS} 轮（${CONNECTIONS} 个连接，每段 ${LEG_SECONDS} 秒）…`)
    const first = await leg(board, 'board')
    const files = [await leg(file, 'file'), await leg(file, 'file')]
    const last = await leg(board, 'board')
    boardLegs.push(first, last)
    fileLegs.push(...files)
    roundRatios.push(round3((first.requests + last.requests) / (files[0].requests + files[1].requests)))
  }
  const boardGet = pooled(boardLegs)
  const staticFile = pooled(fileLegs)
  const perRequest = (ms: number, figures: LoadFigures) => Math.round((ms / figures.requests) * 10_000) / 10_000
  const hostCpu = {
    boardGetMsPerRequest: perRequest(cpu.board, boardGet),
    staticFileMsPerRequest: perRequest(cpu.file, staticFile),
    ratio: round3(cpu.file / staticFile.requests / (cpu.board / boardGet.requests)),
  }
  return {
    boardGet,
    staticFile,
    ratio: round3(boardGet.requests / staticFile.requests),
    roundRatios,
    hostCpu,
    responseBytes: Buffer.byteLength(typical),
  }
}
