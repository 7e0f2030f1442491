// Benchmark: board.get on the local host over a large data set (≥ 3,000 orgs, ≥ 40,000
// members), against the same host serving a static file of the same size. The board is one
// stored document per org, so it should come close to a file: budget ≥ 0.8× (issue 17).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { quarterOf, systemClock } from '../cloudfunctions/common/time'
import { syntheticCode } from '../server/demo/synthetic'
import { seed, SEED_MANIFEST, type SeedCounts, type SeedManifest } from '../scripts/seed'
import { BESIDE_STATIC, boardBesideStatic } from './lib/besideStatic'
import { startHost } from './lib/host'
import { earlierResult, writeResult } from './lib/results'

const ORGS = 3000
const MEMBERS_PER_ORG = 14
const BUDGET_RATIO = 0.8
const DATA_DIR = path.join(os.tmpdir(), 'liangpai-bench-board')

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
const loadAverage = () => os.loadavg().map((n) => Math.round(n * 100) / 100)

export async function run(): Promise<void> {
  const counts = await ensureDataSet()
  const before = earlierResult('board')
  const loadBefore = loadAverage()
  const host = await startHost({ dataDir: DATA_DIR, loadDemo: false, h5Dir: null })
  try {
    const { boardGet, staticFile, ratio, roundRatios, hostCpu, responseBytes } = await boardBesideStatic(host.url, DATA_DIR, boardBody)
    const clean = boardGet.errors + boardGet.non2xx + boardGet.timeouts === 0
    writeResult('board', {
      parameters: {
        orgs: counts.orgs,
        members: counts.members,
        responseBytes,
        codes: 'a random org code per request',
        method: BESIDE_STATIC,
        machineLoad: `1/5/15-minute load average ${loadBefore.join(' / ')} before the host started and ${loadAverage().join(' / ')} at the end, on ${os.cpus().length} cores shared with other work`,
      },
      figures: { boardGet, staticFile, ratio, roundRatios, hostCpu },
      budget: { rule: `board.get 吞吐量 ≥ ${BUDGET_RATIO} × 同样大小静态文件的吞吐量，且没有错误`, minRatio: BUDGET_RATIO },
      pass: ratio >= BUDGET_RATIO && clean,
      ...(before ? { before } : {}),
    })
  } finally {
    await host.stop()
  }
}
