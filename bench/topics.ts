// Benchmark: 议事 on the local host over a large data set (3,000 orgs × 17 topics, over
// 50,000): the public topic list (first page, and a later page through the cursor) and
// submit, each beside board.get measured in the same run on the same host.
import { randomUUID } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { TOPIC_SUBMITS } from '../cloudfunctions/common/rateLimit'
import { systemClock } from '../cloudfunctions/common/time'
import { syntheticCode } from '../server/demo/synthetic'
import type { PageCursor as Cursor } from '../types'
import { seed, type SeedCounts } from '../scripts/seed'
import { startHost } from './lib/host'
import { reusableSet, seededSet } from './lib/seededSet'
import { clean, throughputRatio, type LoadFigures, type LoadOptions } from './lib/load'
import { writeResult } from './lib/results'
import { boardGetAndSubmit, freshSubmitters, inTurn, kept, loadAverage, MAX_SUBMIT_P99_RATIO, measureAfterWarmUp, p99Ratio, SUBMITTERS, WARMUP_SECONDS } from './lib/writesBudget'

const ORGS = 3000
const MEMBERS_PER_ORG = 14
const TOPICS_PER_ORG = 17
const CONNECTIONS = 50
const DURATION_SECONDS = 10
/** Each submitter's submits: one fewer than her daily limit (see SUBMITTERS). */
const PER_SUBMITTER = TOPIC_SUBMITS.max - 1
const DEEP_AFTER = 10
export const DATA_DIR = path.join(os.tmpdir(), 'liangpai-bench-topics')
const JSON_HEADERS = { 'content-type': 'application/json' }

export async function ensureDataSet(): Promise<SeedCounts> {
  const now = systemClock.now()
  const manifest = reusableSet(DATA_DIR, now, 'topics.db', (m) => m.orgs === ORGS && m.topicsPerOrg === TOPICS_PER_ORG)
  if (manifest) {
    return manifest.counts
  }
  console.log(`正在生成数据集（${ORGS} 个组织，每个 ${TOPICS_PER_ORG} 个议题）到 ${DATA_DIR} …`)
  return seededSet(DATA_DIR, 'topics.db', () =>
    seed({ orgs: ORGS, membersPerOrg: MEMBERS_PER_ORG, topicsPerOrg: TOPICS_PER_ORG, dataDir: DATA_DIR, withDemo: false, force: true, now }),
  )
}

const randomIndex = () => Math.floor(Math.random() * ORGS)
const orgIdOf = (index: number) => `o${String(index).padStart(6, '0')}`

async function post<T>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) })
  const text = await response.text()
  if (response.status !== 200) throw new Error(`${url} 返回 HTTP ${response.status}：${text.slice(0, 200)}`)
  return JSON.parse(text) as T
}

/** For 300 random orgs, the cursor after their DEEP_AFTER newest public topics. */
async function deepCursors(url: string): Promise<{ orgId: string; cursor: Cursor }[]> {
  const found: { orgId: string; cursor: Cursor }[] = []
  for (let i = 0; i < 300; i++) {
    const orgId = orgIdOf(randomIndex())
    const reply = await post<{ ok: boolean; data: { nextCursor: Cursor | null } }>(`${url}/api/topics`, { action: 'listPublic', payload: { orgId, limit: DEEP_AFTER } })
    if (reply.ok && reply.data.nextCursor) found.push({ orgId, cursor: reply.data.nextCursor })
  }
  if (found.length === 0) throw new Error('没有找到足够长的议题列表来测深页')
  return found
}

export function submitLoad(url: string, tokens: string[]): Partial<LoadOptions> {
  return {
    url: `${url}/api/topics`,
    headersFor: inTurn(tokens),
    body: () =>
      JSON.stringify({
        action: 'submit',
        requestId: randomUUID(),
        payload: {
          orgId: orgIdOf(randomIndex()),
          title: '小区增设母婴室',
          problem: '社区服务中心没有母婴室，带孩子办事的妈妈很不方便。',
          proposal: '',
          category: 'publicService',
          channel: 'online',
          name: '林女士',
          anonymous: false,
          onBehalfOf: '',
        },
      }),
  }
}

const measure = (label: string, load: Partial<LoadOptions>): Promise<LoadFigures> => measureAfterWarmUp(label, CONNECTIONS, DURATION_SECONDS, load)

export async function run(): Promise<void> {
  const counts = await ensureDataSet()
  const loadBefore = loadAverage()
  const host = await startHost({ dataDir: DATA_DIR, loadDemo: false, h5Dir: null, readyTimeoutMs: 300_000 })
  try {
    const api = (fn: string) => `${host.url}/api/${fn}`
    const [tokens, deep] = [await freshSubmitters(host.url, 'bench'), await deepCursors(host.url)]
    const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]
    const boardLoad = { url: api('board'), body: () => JSON.stringify({ action: 'get', payload: { code: syntheticCode(randomIndex()) } }) }
    const { boardGet, submit, rounds, how } = await boardGetAndSubmit(CONNECTIONS, boardLoad, submitLoad(host.url, tokens), 'topics.submit')
    const listFirst = await measure('topics.listPublic 第一页', {
      url: api('topics'),
      body: () => JSON.stringify({ action: 'listPublic', payload: { orgId: orgIdOf(randomIndex()) } }),
    })
    const listDeep = await measure('topics.listPublic 深页', { url: api('topics'), body: () => JSON.stringify({ action: 'listPublic', payload: { ...pick(deep), limit: 5 } }) })
    const submitP99Ratio = p99Ratio(submit, boardGet)
    writeResult('topics', {
      parameters: {
        orgs: counts.orgs,
        topicsSeeded: counts.topics,
        connections: CONNECTIONS,
        durationSeconds: DURATION_SECONDS,
        warmupSeconds: WARMUP_SECONDS,
        boardGetAndSubmit: how,
        firstPage: 'listPublic of a random org, default limit 20',
        deepPage: `listPublic limit 5 with the cursor after the ${DEEP_AFTER} newest public topics of one of ${deep.length} random orgs`,
        submit: `signed in with dev-login tokens of ${SUBMITTERS} openids fresh to this run, each used for ${PER_SUBMITTER} submits ${SUBMITTERS} submits apart, in turn (daily limit ${TOPIC_SUBMITS.max}), a random org and a new requestId per request`,
        order: 'board.get and topics.submit in turn, then listPublic first page, then listPublic deep page, on the same host',
        machineLoad: `1/5/15-minute load average ${loadBefore} before the host started and ${loadAverage()} at the end, on ${os.cpus().length} cores shared with other work`,
      },
      figures: {
        boardGet,
        listFirstPage: listFirst,
        listDeepPage: listDeep,
        submit,
        ratioToBoardGet: { listFirstPage: throughputRatio(listFirst, boardGet), listDeepPage: throughputRatio(listDeep, boardGet), submit: throughputRatio(submit, boardGet) },
        p99RatioToBoardGet: { submit: submitP99Ratio, listFirstPage: p99Ratio(listFirst, boardGet), listDeepPage: p99Ratio(listDeep, boardGet) },
        rounds,
      },
      budget: {
        rule: `数据集至少 50,000 个议题；每项测量都没有错误、超时或非 2xx 应答；topics.submit 的 p99 不超过同一次运行中 board.get p99 的 ${MAX_SUBMIT_P99_RATIO} 倍`,
        minTopics: 50_000,
        p99RatioToBoardGet: MAX_SUBMIT_P99_RATIO,
      },
      pass: counts.topics >= 50_000 && [boardGet, listFirst, listDeep, submit].every(clean) && submitP99Ratio <= MAX_SUBMIT_P99_RATIO,
      ...kept('topics'),
    } as Parameters<typeof writeResult>[1])
  } finally {
    await host.stop()
  }
}
