// Benchmark: 求助 on the local host over a large data set (3,000 orgs × 34 cases, over
// 100,000, each with its timeline, sealed): submit, the chair's queue (first page,
// filtered by state) and a chair opening a case (decrypted, audited), each beside
// board.get measured in the same run on the same host.
import { randomUUID } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { CONSENT_VERSION, REQUEST_CATEGORIES, REQUEST_STATES } from '../types'
import { REQUEST_SUBMITS } from '../cloudfunctions/common/rateLimit'
import { systemClock } from '../cloudfunctions/common/time'
import { syntheticCode } from '../server/demo/synthetic'
import { staffOpenid } from '../server/demo/syntheticRequests'
import { seed, type SeedCounts } from '../scripts/seed'
import { startHost } from './lib/host'
import { reusableSet, seededSet } from './lib/seededSet'
import { clean, throughputRatio, type LoadFigures, type LoadOptions } from './lib/load'
import { writeResult } from './lib/results'
import {
  boardGetAndSubmit,
  freshSubmitters,
  inTurn,
  kept,
  loadAverage,
  MAX_SUBMIT_P99_RATIO,
  measureAfterWarmUp,
  p99Ratio,
  signIn,
  SUBMITTERS,
  WARMUP_SECONDS,
} from './lib/writesBudget'

const ORGS = 3000
const MEMBERS_PER_ORG = 14
const REQUESTS_PER_ORG = 34
const MIN_REQUESTS = 100_000
const CONNECTIONS = 50
const DURATION_SECONDS = 10
/** Each submitter's submits: one fewer than her hourly limit (see SUBMITTERS). */
const PER_SUBMITTER = REQUEST_SUBMITS.max - 1
/** Chairs signed in for the queue and for opening cases, of as many random orgs. */
const CHAIRS = 500
export const DATA_DIR = path.join(os.tmpdir(), 'liangpai-bench-requests')

/** Reuses the data set of an earlier run when it is complete and from this quarter. */
export async function ensureDataSet(): Promise<SeedCounts> {
  const now = systemClock.now()
  const manifest = reusableSet(DATA_DIR, now, 'requests.db', (m) => m.orgs === ORGS && m.requestsPerOrg === REQUESTS_PER_ORG)
  if (manifest) {
    console.log(`沿用已生成的数据集 ${DATA_DIR}`)
    return manifest.counts
  }
  console.log(`正在生成数据集（${ORGS} 个组织，每个 ${REQUESTS_PER_ORG} 件求助）到 ${DATA_DIR} …`)
  return seededSet(DATA_DIR, 'requests.db', () =>
    seed({ orgs: ORGS, membersPerOrg: MEMBERS_PER_ORG, requestsPerOrg: REQUESTS_PER_ORG, dataDir: DATA_DIR, withDemo: false, force: true, now }),
  )
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')
const randomIndex = (below: number) => Math.floor(Math.random() * below)
const orgIdOf = (index: number) => `o${pad(index, 6)}`
/** The synthetic chair is each org's first member (server/demo/syntheticParts.ts). */
const chairOpenidOf = (index: number) => staffOpenid(`m${pad(index, 6)}-01`)
/** Seeded case ids (server/demo/syntheticRequests.ts): q<org>-<001…034>. */
const caseIdOf = (index: number, i: number) => `q${pad(index, 6)}-${pad(i + 1, 3)}`

interface Chair {
  index: number
  token: string
}

export function submitLoad(url: string, tokens: string[]): Partial<LoadOptions> {
  return {
    url: `${url}/api/requests`,
    headersFor: inTurn(tokens),
    body: () =>
      JSON.stringify({
        action: 'submit',
        requestId: randomUUID(),
        payload: {
          orgId: orgIdOf(randomIndex(ORGS)),
          category: REQUEST_CATEGORIES[randomIndex(REQUEST_CATEGORIES.length)],
          urgency: 'normal',
          ageBand: '18to59',
          forWhom: 'self',
          name: '林女士',
          description: '丈夫喝酒后经常动手，想咨询怎么申请人身安全保护令。',
          needs: '希望有人联系我',
          phone: '13912345678',
          address: '',
          contact: { channel: 'sms', safeTimes: '工作日白天', doNotCall: true },
          consent: true,
          consentVersion: CONSENT_VERSION,
        },
      }),
  }
}

/**
 * A chair's call: the body picks a chair and the headers carry her token. autocannon
 * asks for the body first, then the headers, for each request (bench/lib/load.ts).
 */
function chairLoad(url: string, chairs: Chair[], payloadOf: (chair: Chair) => Record<string, unknown>, action: string): Partial<LoadOptions> {
  let current = chairs[0]
  return {
    url: `${url}/api/requests`,
    body: () => {
      current = chairs[randomIndex(chairs.length)]
      return JSON.stringify({ action, payload: payloadOf(current) })
    },
    headersFor: () => ({ authorization: `Bearer ${current.token}` }),
  }
}

const measure = (label: string, load: Partial<LoadOptions>): Promise<LoadFigures> => measureAfterWarmUp(label, CONNECTIONS, DURATION_SECONDS, load)

export async function run(): Promise<void> {
  const counts = await ensureDataSet()
  const loadBefore = loadAverage()
  const host = await startHost({ dataDir: DATA_DIR, loadDemo: false, h5Dir: null, readyTimeoutMs: 600_000 })
  try {
    const api = (fn: string) => `${host.url}/api/${fn}`
    const submitters = await freshSubmitters(host.url, 'bench')
    const chairIndexes = Array.from({ length: CHAIRS }, () => randomIndex(ORGS))
    const chairTokens = await signIn(host.url, chairIndexes.map(chairOpenidOf))
    const chairs = chairIndexes.map((index, i) => ({ index, token: chairTokens[i] }))
    const boardLoad = { url: api('board'), body: () => JSON.stringify({ action: 'get', payload: { code: syntheticCode(randomIndex(ORGS)) } }) }
    const { boardGet, submit, rounds, how } = await boardGetAndSubmit(CONNECTIONS, boardLoad, submitLoad(host.url, submitters), 'requests.submit')
    const open = await measure(
      'requests.get（主席打开求助）',
      chairLoad(host.url, chairs, (c) => ({ caseId: caseIdOf(c.index, randomIndex(REQUESTS_PER_ORG)) }), 'get'),
    )
    const queue = await measure(
      'requests.queue 第一页（按状态）',
      chairLoad(host.url, chairs, (c) => ({ orgId: orgIdOf(c.index), scope: 'own', state: REQUEST_STATES[randomIndex(REQUEST_STATES.length)] }), 'queue'),
    )
    const submitP99Ratio = p99Ratio(submit, boardGet)
    writeResult('requests', {
      parameters: {
        orgs: counts.orgs,
        requestsSeeded: counts.requests,
        requestEventsSeeded: counts.request_events,
        connections: CONNECTIONS,
        durationSeconds: DURATION_SECONDS,
        warmupSeconds: WARMUP_SECONDS,
        boardGetAndSubmit: how,
        queue: `requests.queue scope own, first page (default 20), a random state of ${REQUEST_STATES.join('/')}, signed in as the chair of one of ${CHAIRS} random orgs`,
        open: `requests.get of a random seeded case of her org by one of the ${CHAIRS} chairs (decrypts the case and its timeline, writes the read to the audit trail)`,
        submit: `signed in with dev-login tokens of ${SUBMITTERS} openids fresh to this run, each used for ${PER_SUBMITTER} submits ${SUBMITTERS} submits apart, in turn (hourly limit ${REQUEST_SUBMITS.max}), a random org and a new requestId per request`,
        order: 'board.get and requests.submit in turn, then requests.get, then requests.queue, on the same host',
        machineLoad: `1/5/15-minute load average ${loadBefore} before the host started and ${loadAverage()} at the end, on ${os.cpus().length} cores shared with other work`,
      },
      figures: {
        boardGet,
        queue,
        open,
        submit,
        ratioToBoardGet: { queue: throughputRatio(queue, boardGet), open: throughputRatio(open, boardGet), submit: throughputRatio(submit, boardGet) },
        p99RatioToBoardGet: { submit: submitP99Ratio, open: p99Ratio(open, boardGet), queue: p99Ratio(queue, boardGet) },
        rounds,
      },
      budget: {
        rule: `数据集至少 100,000 件求助；每项测量都没有错误、超时或非 2xx 应答；requests.submit 的 p99 不超过同一次运行中 board.get p99 的 ${MAX_SUBMIT_P99_RATIO} 倍`,
        minRequests: MIN_REQUESTS,
        p99RatioToBoardGet: MAX_SUBMIT_P99_RATIO,
      },
      pass: counts.requests >= MIN_REQUESTS && [boardGet, queue, open, submit].every(clean) && submitP99Ratio <= MAX_SUBMIT_P99_RATIO,
      ...kept('requests'),
    } as Parameters<typeof writeResult>[1])
  } finally {
    await host.stop()
  }
}
