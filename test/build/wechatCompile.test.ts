// WeChat's own pipeline on the built mini-program, offline (scripts/check-weapp.ts over
// miniprogram-ci): the compile an upload does (getCompiledResult) accepts dist/weapp, and
// DevTools' 代码质量 check passes all eleven items. A copy with a broken template, JS
// compression off and lazy code loading off must fail both, so these checks can fail.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DIST, readJson, ROOT } from './weappDist'

interface WeappCheck {
  compile: { ok: true; files: number } | { ok: false; error: string }
  quality: { name: string; success: boolean; text: string }[]
}

/**
 * The eleven items of DevTools' 代码质量 panel — spelled out here, not imported from
 * scripts/lib/wechatCi.ts: importing that loads miniprogram-ci, whose file watchers would keep
 * jest alive, and the test's own list is the expectation the check is held to.
 */
const QUALITY_ITEMS = [
  'PACKAGE_SIZE_LIMIT',
  'JS_COMPRESS_OPEN',
  'WXML_COMPRESS_OPEN',
  'WXSS_COMPRESS_OPEN',
  'LAZYCODE_LOADING_OPEN',
  'IMAGE_AND_AUDIO_LIMIT',
  'CONTAINS_OTHER_PKG_JS',
  'CONTAINS_OTHER_PKG_COMPONENTS',
  'CONTAINS_UNUSED_PLUGINS',
  'CONTAINS_UNUSED_COMPONENTS',
  'CONTAINS_UNUSED_CODES',
]

let scratch = ''

/** Runs the check in its own process: miniprogram-ci keeps file watchers open until its process exits. */
function check(projectPath: string): Promise<{ status: number | null; result: WeappCheck; output: string }> {
  const json = path.join(scratch, `${path.basename(projectPath)}.json`)
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/check-weapp.ts', projectPath, '--json', json], { cwd: ROOT })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (status) => {
      if (!fs.existsSync(json)) return reject(new Error(`check-weapp wrote no result (exit ${status}):\n${output}`))
      resolve({ status, result: JSON.parse(fs.readFileSync(json, 'utf8')), output })
    })
  })
}

/** dist/weapp with a template that does not close, JS compression off and lazy code loading off. */
function brokenCopy(): string {
  const copy = path.join(scratch, 'broken-weapp')
  fs.cpSync(DIST, copy, { recursive: true })
  const config = readJson(path.join(copy, 'project.config.json'))
  fs.writeFileSync(path.join(copy, 'project.config.json'), JSON.stringify({ ...config, setting: { ...config.setting, minified: false } }))
  const { lazyCodeLoading: _dropped, ...app } = readJson(path.join(copy, 'app.json'))
  fs.writeFileSync(path.join(copy, 'app.json'), JSON.stringify(app))
  fs.appendFileSync(path.join(copy, 'pages/board/index.wxml'), '\n<view class="{{broken"><text>\n')
  return copy
}

let built: Awaited<ReturnType<typeof check>>
let broken: Awaited<ReturnType<typeof check>>

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'wechat-compile-'))
  ;[built, broken] = await Promise.all([check(DIST), check(brokenCopy())])
}, 600_000)

afterAll(() => {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true })
})

const failing = ({ result }: { result: WeappCheck }) => result.quality.filter((item) => !item.success).map((item) => item.name)

test('WeChat compiles dist/weapp as an upload would, finding the files no page uses', () => {
  expect(built.result.compile).toEqual({ ok: true, files: expect.any(Number) })
  expect(built.result.compile.ok && built.result.compile.files).toBeGreaterThan(100)
  expect(built.status).toBe(0)
  // ignoreUploadUnusedFiles needs this analysis; it fails, and only says so in the log, when it cannot find app.json
  expect(built.output).not.toContain('initUnusedFiles error')
})

test('DevTools’ code-quality check passes all eleven items', () => {
  expect(built.result.quality.map((item) => item.name).sort()).toEqual([...QUALITY_ITEMS].sort())
  expect(failing(built)).toEqual([])
  expect(built.output).toContain('代码质量 11/11')
})

test('a broken template fails the compile, and compression or lazy loading turned off fails the quality check', () => {
  expect(broken.result.compile.ok).toBe(false)
  expect(failing(broken).sort()).toEqual(['JS_COMPRESS_OPEN', 'LAZYCODE_LOADING_OPEN'])
  expect(broken.status).toBe(1)
})
