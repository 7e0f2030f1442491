// The cloud function build: each function is a folder WeChat can upload as is, and the
// built board runs in plain Node on the real wx-server-sdk, whose database answers from
// fixture documents (its request sender is replaced first: nothing leaves the machine).
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { isBuiltin } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { buildFunctions, functionNames, type BuiltFunction } from '../../scripts/build-functions'
import { composeBoard } from '../../cloudfunctions/shared/boardDocument'
import { org } from '../fixtures/docs'

const run = promisify(execFile)
const ROOT = path.resolve(__dirname, '..', '..')

/**
 * Preloaded before the function: the real wx-server-sdk stays untouched, but its
 * database request sender answers from fixture documents instead of the network.
 */
const OFFLINE_DATABASE = `
const path = require('path')
const sdkDir = path.dirname(require.resolve('wx-server-sdk', { paths: [process.cwd()] }))
const nodeSdk = path.dirname(require.resolve('@cloudbase/node-sdk', { paths: [sdkDir] }))
const { TcbDBApiHttpRequester } = require(path.join(nodeSdk, 'utils', 'tcbdbapirequester.js'))
if (typeof TcbDBApiHttpRequester?.prototype?.send !== 'function') {
  process.stderr.write('the database request sender moved: refusing to run online')
  process.exit(3)
}
const fixture = require(process.env.FIXTURE)
const sent = (globalThis.offlineSent = [])
TcbDBApiHttpRequester.prototype.send = async function (api, params) {
  sent.push({ api, collection: params.collectionName, query: JSON.parse(params.query || '{}') })
  if (api === 'database.getDocument' && params.queryType === 'DOC') {
    const doc = (fixture[params.collectionName] || {})[JSON.parse(params.query)._id]
    return { requestId: 'offline', data: { list: doc ? [JSON.stringify(doc)] : [] } }
  }
  return { requestId: 'offline', code: 'OFFLINE', message: 'not served offline: ' + api }
}
`

/** Loads board/index.js as WeChat does and calls `main` with each event in turn. */
const RUNNER = `
const logs = []
console.log = console.error = (line) => {
  try {
    logs.push(JSON.parse(line))
  } catch {
    logs.push({ message: String(line) })
  }
}
process.on('unhandledRejection', (error) => { process.stderr.write(String(error)); process.exit(2) })
const { main } = require('./board/index.js')
;(async () => {
  const replies = []
  for (const event of JSON.parse(process.env.EVENTS)) replies.push(await main(event, {}))
  process.stdout.write(JSON.stringify({ replies, logs, sent: globalThis.offlineSent }))
})()
`

interface RunResult {
  replies: Array<{ ok: boolean; data?: { board: { name: string } }; error?: { code: string; issues?: Array<{ field: string }> } }>
  logs: Array<{ level: string; fn: string; message: string; action?: string; caller?: string; ok?: boolean }>
  sent: Array<{ api: string; collection: string; query: { _id?: string } }>
}

let outDir: string
let built: BuiltFunction[]

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liangpai-functions-'))
  built = await buildFunctions(outDir)
  // WeChat installs wx-server-sdk beside index.js ("云端安装依赖"); here it is the real one.
  fs.mkdirSync(path.join(outDir, 'node_modules'))
  fs.symlinkSync(path.dirname(require.resolve('wx-server-sdk')), path.join(outDir, 'node_modules', 'wx-server-sdk'), 'dir')
  fs.writeFileSync(path.join(outDir, 'offline.js'), OFFLINE_DATABASE)
  fs.writeFileSync(path.join(outDir, 'run.js'), RUNNER)
  const board = composeBoard(org('comm', { name: '幸福社区妇联' }), null, [], [], [], [], [], new Date('2026-11-23T02:00:00.000Z'))
  fs.writeFileSync(path.join(outDir, 'fixture.json'), JSON.stringify({ boards: { comm: board } }))
  // every function bundled and minified: about 5 s alone, several times that beside the other test workers
}, 120_000)

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }))

async function runBoard(events: unknown[], openid?: string): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    FIXTURE: path.join(outDir, 'fixture.json'),
    EVENTS: JSON.stringify(events),
    ...(openid ? { WX_CONTEXT_KEYS: 'WX_OPENID', WX_OPENID: openid } : {}),
  }
  const { stdout } = await run(process.execPath, ['--require', './offline.js', 'run.js'], { cwd: outDir, env, timeout: 30_000 })
  return JSON.parse(stdout) as RunResult
}

test('builds every function folder with an index.ts, and not the shared code', () => {
  expect(built.map((fn) => fn.name)).toEqual(functionNames())
  expect(built.map((fn) => fn.name)).toContain('board')
  expect(built.map((fn) => fn.name)).not.toContain('common')
  expect(built.map((fn) => fn.name)).not.toContain('shared')
})

test('a bundle holds its own folder, common, shared, the contract and packages: never the local host, the tests or another function', () => {
  for (const fn of built) {
    const allowed = [`cloudfunctions/${fn.name}/`, 'cloudfunctions/common/', 'cloudfunctions/shared/', 'types/', 'node_modules/']
    expect(fn.sources.filter((file) => !allowed.some((prefix) => file.startsWith(prefix)))).toEqual([])
    expect(fn.sources).toContain(`cloudfunctions/${fn.name}/index.ts`)
  }
})

test('each function is index.js, a package.json needing wx-server-sdk only, and its config.json', () => {
  for (const fn of built) {
    expect(fs.readdirSync(path.join(outDir, fn.name)).sort()).toEqual(['config.json', 'index.js', 'package.json'])
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, fn.name, 'package.json'), 'utf8'))
    expect(manifest).toEqual({ name: fn.name, version: expect.any(String), main: 'index.js', dependencies: { 'wx-server-sdk': '4.0.2' } })
    const config = JSON.parse(fs.readFileSync(path.join(outDir, fn.name, 'config.json'), 'utf8'))
    expect(Array.isArray(config.permissions.openapi)).toBe(true)
  }
})

/** The ports a file's code reaches for (`ctx.ports.files`, `services.ports.vault` …). */
const portsUsedIn = (code: string) => [...code.matchAll(/\bports\.(\w+)/g)].map((match) => match[1])

test('each function lists exactly the ports its bundled code uses: a port it lists but never uses would only weigh, one it uses unlisted would fail', async () => {
  for (const fn of built) {
    const code = fn.included.filter((file) => file.startsWith('cloudfunctions/') && !file.startsWith('cloudfunctions/common/ports/'))
    const texts = code.map((file) => fs.readFileSync(path.join(ROOT, file), 'utf8'))
    // a port reached in another way (`const { vault } = ctx.ports`, `ctx.ports[name]`) would escape the count
    expect(code.filter((_file, i) => /\}\s*=\s*[\w.]+\.ports\b(?!\.\w)|\.ports\[/.test(texts[i]))).toEqual([])
    const used = [...new Set(texts.flatMap(portsUsedIn))].sort()
    const entry = (await import(`../../cloudfunctions/${fn.name}/index`)) as { ports: Record<string, unknown> }
    expect({ fn: fn.name, ports: Object.keys(entry.ports).sort() }).toEqual({ fn: fn.name, ports: used })
  }
})

test('the board carries no port adapter and none of the libraries behind them (image codecs, QR codes, spreadsheets)', () => {
  const board = built.find((fn) => fn.name === 'board')!
  expect(board.included.filter((file) => /cloudfunctions\/common\/(ports\/wechat(?!Sdk)|imageCodec|vault)|node_modules\/(pngjs|jpeg-js|qrcode|exceljs)\//.test(file))).toEqual([])
})

test('the bundle requires nothing but wx-server-sdk and Node itself', () => {
  for (const fn of built) {
    const code = fs.readFileSync(path.join(outDir, fn.name, 'index.js'), 'utf8')
    const required = new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]))
    expect([...required].filter((name) => !isBuiltin(name))).toEqual(['wx-server-sdk'])
  }
})

describe('the built board, called as WeChat calls it', () => {
  const forged = { openid: 'forged-openid', userInfo: { appId: 'wx0000000000000000', openId: 'forged-openid' } }
  const events = [
    { action: 'nope' },
    { action: 'get', payload: { code: 123 } },
    { action: 'get', payload: { code: 'comm' }, ...forged },
    { action: 'get', payload: { code: 'comm', openid: 'forged-openid' } },
    { action: 'get', payload: { code: 'elsewhere' } },
  ]
  let anonymous: RunResult

  beforeAll(async () => {
    anonymous = await runBoard(events)
  }, 30_000)

  test('an unknown action is UNKNOWN_ACTION', () => {
    expect(anonymous.replies[0]).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } })
  })

  test('a code that is not a string is INVALID_INPUT naming `code`', () => {
    expect(anonymous.replies[1]).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(anonymous.replies[1].error?.issues?.map((issue) => issue.field)).toEqual(['code'])
  })

  test('reads the board from the cloud database', () => {
    expect(anonymous.replies[2]).toMatchObject({ ok: true, data: { board: { name: '幸福社区妇联' } } })
  })

  test('an openid in the event or its userInfo never makes the caller', () => {
    const calls = anonymous.logs.filter((line) => line.message === 'call')
    expect(calls.map((line) => line.caller)).toEqual(Array(events.length).fill('anonymous'))
  })

  test('an openid inside the payload is refused', () => {
    expect(anonymous.replies[3]).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(anonymous.replies[3].error?.issues?.map((issue) => issue.field)).toEqual(['openid'])
  })

  test('the caller is whoever WeChat says (OPENID)', async () => {
    const signedIn = await runBoard([events[2]], 'o-real-user')
    expect(signedIn.replies[0]).toMatchObject({ ok: true })
    expect(signedIn.logs.filter((line) => line.message === 'call').map((line) => line.caller)).toEqual(['signedIn'])
  })

  test('an unknown code is NOT_FOUND', () => {
    expect(anonymous.replies[4]).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  test('the calendar is read once per instance; each valid board.get is one document read', () => {
    const reads = anonymous.sent.map((request) => `${request.api} ${request.collection}/${request.query._id}`)
    expect(reads).toEqual(['database.getDocument config/calendar', 'database.getDocument boards/comm', 'database.getDocument boards/elsewhere'])
  })
})
