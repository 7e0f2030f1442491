// Benchmark: board.get on the local host over a large data set (≥ 3,000 orgs, ≥ 40,000
// members), against the same host serving a static file of the same size. The board
// is one stored document per org, so it should come close to a file: budget ≥ 0.5×.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { quarterOf, systemClock } from '../cloudfunctions/common/time'
import { syntheticCode } from '../server/demo/synthetic'
import { seed, SEED_MANIFEST, type SeedCounts, type SeedManifest } from '../scripts/seed'
import { typicalBoardBody } from './lib/boardBody'
import { startHost } from './lib/host'
import { runLoad, type LoadFigures } from './lib/load'
import { writeResult } from './lib/results'

const ORGS = 3000
const MEMBERS_PER_ORG = 14
const CONNECTIONS = 50
const DURATION_SECONDS = 10
const WARMUP_SECONDS = 3
const BUDGET_RATIO = 0.5
const DATA_DIR = path.join(os.tmpdir(), 'liangpai-bench-board')
const STATIC_PATH = 'bench/static.json'

/** Reuses the data set of an earlier run when it is complete and from this quarter. */
async function ensureDataSet(): Promise<SeedCounts> {
  const now = systemClock.now()
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(DATA_DIR, SEED_MANIFEST), 'utf8')) as SeedManifest
    const sameQuarter = quarterOf(new Date(manifest.seededAt)).label === quarterOf(now).label
    if (manifest.orgs === ORGS && manifest.membersPerOrg === MEMBERS_PER_ORG && sameQuarter) {
      console.log(`沿用已生成的数据集 ${DATA_DIR}`)
      return manifest.counts
    }
  } catch {
    // no complete data set yet: generate it below
  }
  console.log(`正在生成数据集（${ORGS} 个组织）到 ${DATA_DIR} …`)
  return seed({ orgs: ORGS, membersPerOrg: MEMBERS_PER_ORG, dataDir: DATA_DIR, withDemo: false, force: true, now })
}

const randomCode = () => syntheticCode(Math.floor(Math.random() * ORGS))
const boardBody = () => JSON.stringify({ action: 'get', payload: { code: randomCode() } })

async function measure(url: string, label: string, board: boolean): Promise<LoadFigures> {
  const options = board
    ? { url: `${url}/api/board`, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: boardBody }
    : { url: `${url}/files/${STATIC_PATH}`, method: 'GET' as const }
  await runLoad({ ...options, connections: CONNECTIONS, durationSeconds: WARMUP_SECONDS })
  console.log(`正在测量 ${label}（${CONNECTIONS} 个连接，${DURATION_SECONDS} 秒）…`)
  return runLoad({ ...options, connections: CONNECTIONS, durationSeconds: DURATION_SECONDS })
}

export async function run(): Promise<void> {
  const counts = await ensureDataSet()
  const host = await startHost({ dataDir: DATA_DIR, loadDemo: false, h5Dir: null })
  try {
    const typical = await typicalBoardBody(host.url, boardBody)
    const staticFile = path.join(DATA_DIR, 'files', STATIC_PATH)
    fs.mkdirSync(path.dirname(staticFile), { recursive: true })
    fs.writeFileSync(staticFile, typical)
    const boardGet = await measure(host.url, 'board.get', true)
    const staticGet = await measure(host.url, '同样大小的静态文件', false)
    const ratio = boardGet.requestsPerSecond / staticGet.requestsPerSecond
    const clean = boardGet.errors + boardGet.non2xx + boardGet.timeouts === 0
    writeResult('board', {
      parameters: {
        orgs: counts.orgs,
        members: counts.members,
        connections: CONNECTIONS,
        durationSeconds: DURATION_SECONDS,
        warmupSeconds: WARMUP_SECONDS,
        responseBytes: Buffer.byteLength(typical),
        codes: 'a random org code per request',
      },
      figures: { boardGet, staticFile: staticGet, ratio: Math.round(ratio * 1000) / 1000 },
      budget: { rule: 'board.get 吞吐量 ≥ 0.5 × 同样大小静态文件的吞吐量，且没有错误', minRatio: BUDGET_RATIO },
      pass: ratio >= BUDGET_RATIO && clean,
    })
  } finally {
    await host.stop()
  }
}
