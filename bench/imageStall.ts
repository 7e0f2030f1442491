// Benchmark: does decoding an upload stall everyone else? A 17 KB PNG can declare a
// 3464 × 3464 canvas (just under the 12 MP cap) and take a second or more to decode.
// Four chairs keep uploading such a PNG while an anonymous resident keeps opening a
// board; the resident's median wait is the figure. Budget: board.get stays ≤ 100 ms at
// the median while the uploads run, and every upload is answered.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { PNG } from 'pngjs'
import { DEMO_CODES, DEMO_OPENIDS } from '../server/demo/spec'
import { startHost } from './lib/host'
import { median, writeResult } from './lib/results'

const UPLOADERS = 4
const DURATION_MS = 20_000
const QUIET_MS = 5_000
const SIDE = 3464
const BUDGET_MEDIAN_MS = 100
const DATA_DIR = path.join(os.tmpdir(), 'liangpai-bench-image-stall')
const JSON_HEADERS = { 'content-type': 'application/json' }

/** A flat grey greyscale PNG of SIDE × SIDE: deflate shrinks its 12 MB of pixels to ≈ 17 KB. */
export function bombPng(side = SIDE): Buffer {
  const png = new PNG({ width: side, height: side, colorType: 0, inputColorType: 0, inputHasAlpha: false })
  png.data = Buffer.alloc(side * side, 200)
  return PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false, filterType: 0, deflateLevel: 9 })
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: { ok?: boolean; data?: unknown; token?: string } }> {
  const response = await fetch(url, { method: 'POST', headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) })
  return { status: response.status, json: (await response.json()) as { ok?: boolean; data?: unknown; token?: string } }
}

/** board.get one after another until `until`; each call's latency in ms. */
async function boardLatencies(url: string, until: number): Promise<number[]> {
  const samples: number[] = []
  while (performance.now() < until) {
    const started = performance.now()
    const { status } = await post(`${url}/api/board`, { action: 'get', payload: { code: DEMO_CODES.village } })
    if (status !== 200) throw new Error(`board.get 返回 HTTP ${status}`)
    samples.push(performance.now() - started)
  }
  return samples
}

interface UploadFigures {
  answered: number
  statuses: Record<string, number>
  medianMs: number
}

/** One chair uploading the PNG again and again until `until`. */
async function keepUploading(url: string, token: string, orgId: string, dataBase64: string, until: number): Promise<{ latencies: number[]; statuses: number[] }> {
  const latencies: number[] = []
  const statuses: number[] = []
  while (performance.now() < until) {
    const started = performance.now()
    const { status } = await post(
      `${url}/api/org`,
      { action: 'uploadImage', payload: { orgId, purpose: 'activity', source: { kind: 'inline', dataBase64 } } },
      { authorization: `Bearer ${token}` },
    )
    latencies.push(performance.now() - started)
    statuses.push(status)
  }
  return { latencies, statuses }
}

const round = (ms: number) => Math.round(ms * 10) / 10
const figuresOf = (samples: number[]) => ({
  requests: samples.length,
  medianMs: round(median(samples)),
  p90Ms: round([...samples].sort((a, b) => a - b)[Math.floor(samples.length * 0.9)] ?? 0),
  maxMs: round(Math.max(...samples)),
})

export async function run(): Promise<void> {
  fs.rmSync(DATA_DIR, { recursive: true, force: true })
  const png = bombPng()
  const host = await startHost({ dataDir: DATA_DIR, loadDemo: true, h5Dir: null })
  try {
    const { json: login } = await post(`${host.url}/api/dev/login`, { openid: DEMO_OPENIDS.chair })
    if (!login.token) throw new Error('开发登录没有成功')
    const { json: mine } = await post(`${host.url}/api/org`, { action: 'mine', payload: {} }, { authorization: `Bearer ${login.token}` })
    const places = (mine.data as { places: { orgId: string; code: string }[] } | undefined)?.places ?? []
    const orgId = places.find((place) => place.code === DEMO_CODES.community)?.orgId
    if (!orgId) throw new Error('没有找到 demo-community')

    console.log(`正在测量没有上传时的 board.get（${QUIET_MS / 1000} 秒）…`)
    const quiet = await boardLatencies(host.url, performance.now() + QUIET_MS)

    console.log(`正在测量 ${UPLOADERS} 位主席不停上传 ${SIDE}×${SIDE} PNG（${png.length} 字节）时的 board.get（${DURATION_MS / 1000} 秒）…`)
    const until = performance.now() + DURATION_MS
    const uploads = Array.from({ length: UPLOADERS }, () => keepUploading(host.url, login.token!, orgId, png.toString('base64'), until))
    const loaded = await boardLatencies(host.url, until)
    const uploaded = await Promise.all(uploads)
    const statuses: Record<string, number> = {}
    for (const status of uploaded.flatMap((u) => u.statuses)) statuses[status] = (statuses[status] ?? 0) + 1
    const upload: UploadFigures = { answered: uploaded.reduce((n, u) => n + u.statuses.length, 0), statuses, medianMs: round(median(uploaded.flatMap((u) => u.latencies))) }

    const boardGetWhileUploading = figuresOf(loaded)
    writeResult('image-stall', {
      parameters: { uploaders: UPLOADERS, durationSeconds: DURATION_MS / 1000, pngBytes: png.length, declaredPixels: `${SIDE}×${SIDE}`, board: DEMO_CODES.village },
      figures: { boardGetQuiet: figuresOf(quiet), boardGetWhileUploading, uploads: upload },
      budget: { rule: `上传大图时 board.get 中位延迟 ≤ ${BUDGET_MEDIAN_MS} ms，且每次上传都有回答`, maxMedianMs: BUDGET_MEDIAN_MS },
      pass: boardGetWhileUploading.medianMs <= BUDGET_MEDIAN_MS && upload.answered > 0,
    })
  } finally {
    await host.stop()
  }
}
