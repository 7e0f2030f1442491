// The local host over real HTTP: status codes per error code, the dev login, files,
// the H5 build, one log line per request, and bad input that changes nothing.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startHost, type RunningHost } from '../../server/host'
import { seedSmallTree } from '../fixtures/smallTree'
import { testServices, type TestServices } from '../fixtures/services'
import { snapshotStore } from '../fixtures/snapshot'

let services: TestServices
let host: RunningHost
let dataDir: string
const lines: string[] = []

beforeAll(async () => {
  services = await testServices()
  await seedSmallTree(services.store, services.clock.now())
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'host-'))
  const staticDir = path.join(dataDir, 'h5')
  fs.mkdirSync(staticDir)
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>妇联亮牌</title>')
  fs.mkdirSync(path.join(dataDir, 'files', 'demo'), { recursive: true })
  fs.writeFileSync(path.join(dataDir, 'files', 'demo', 'a.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  fs.writeFileSync(path.join(dataDir, 'secret.txt'), 'not for the web')
  host = await startHost({ port: 0, host: '127.0.0.1', dataDir, staticDir, services, devLogin: 'loopback', logLine: (line) => lines.push(line) })
})

afterAll(() => host.close())

const post = (fn: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${host.url}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

test('POST /api/board get answers 200 with the board', async () => {
  const res = await post('board', { action: 'get', payload: { code: 'comm' } })
  expect(res.status).toBe(200)
  const body = await res.json()
  expect(body.ok).toBe(true)
  expect(body.data.board.name).toBe('和平街道幸福社区妇联')
})

describe('errors map to HTTP status and change nothing', () => {
  let before: Record<string, unknown[]>
  beforeAll(async () => {
    before = await snapshotStore(services.store)
  })
  afterEach(async () => {
    expect(await snapshotStore(services.store)).toEqual(before)
  })

  test.each([
    ['a non-string code', 400, 'INVALID_INPUT', 'code', { action: 'get', payload: { code: 42 } }],
    ['an over-long code', 400, 'INVALID_INPUT', 'code', { action: 'get', payload: { code: 'x'.repeat(40) } }],
    ['characters outside the scene alphabet', 400, 'INVALID_INPUT', 'code', { action: 'get', payload: { code: '<script>' } }],
    ['an extra field', 400, 'INVALID_INPUT', 'openid', { action: 'get', payload: { code: 'comm', openid: 'x' } }],
  ])('%s → %i %s naming %s', async (_label, status, code, field, body) => {
    const res = await post('board', body)
    expect(res.status).toBe(status)
    const reply = await res.json()
    expect(reply.error.code).toBe(code)
    expect(reply.error.issues.map((i: { field: string }) => i.field)).toContain(field)
  })

  test('an unknown code → 404 NOT_FOUND', async () => {
    const res = await post('board', { action: 'get', payload: { code: 'nobody' } })
    expect(res.status).toBe(404)
    expect((await res.json()).error.code).toBe('NOT_FOUND')
  })

  test('an unknown action → 400 UNKNOWN_ACTION; an unknown function → 404', async () => {
    expect((await post('board', { action: 'drop', payload: {} })).status).toBe(400)
    expect((await post('nothing', { action: 'get', payload: {} })).status).toBe(404)
  })

  test('a body that is not JSON → 400 INVALID_INPUT in Chinese', async () => {
    const res = await post('board', '{"action":')
    expect(res.status).toBe(400)
    expect((await res.json()).error).toEqual({ code: 'INVALID_INPUT', message: '请求内容不是合法的 JSON' })
  })

  test('a body over 1 MiB is refused as too large (413)', async () => {
    const res = await post('board', { action: 'get', payload: { code: 'x'.repeat(1.1 * 1024 * 1024) } })
    expect(res.status).toBe(413)
    expect((await res.json()).error.message).toContain('太大')
  })
})

describe('dev login', () => {
  test('gives a token that names the caller; a forged one is 401', async () => {
    const login = await post('dev/login', { openid: 'demo-resident' })
    expect(login.status).toBe(200)
    const { token, openid } = await login.json()
    expect(openid).toBe('demo-resident')
    const ok = await post('board', { action: 'get', payload: { code: 'comm' } }, { authorization: `Bearer ${token}` })
    expect(ok.status).toBe(200)
    const forged = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA')
    const bad = await post('board', { action: 'get', payload: { code: 'comm' } }, { authorization: `Bearer ${forged}` })
    expect(bad.status).toBe(401)
    expect((await bad.json()).error.code).toBe('UNAUTHENTICATED')
  })

  test('refuses an openid with odd characters, naming the field', async () => {
    const res = await post('dev/login', { openid: 'a b' })
    expect(res.status).toBe(400)
    expect((await res.json()).error.issues[0].field).toBe('openid')
  })
})

describe('files and the H5 build', () => {
  test('serves /files/ from DATA_DIR/files with a content type', async () => {
    const res = await fetch(`${host.url}/files/demo/a.png`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
  })

  test.each(['/files/../secret.txt', '/files/%2e%2e/secret.txt', '/files/demo/../../secret.txt', '/..%2fsecret.txt'])('never serves outside its folder: %s', async (url) => {
    const res = await fetch(`${host.url}${url}`)
    expect(res.status).toBe(404)
    expect(await res.text()).not.toContain('not for the web')
  })

  test('serves the H5 index at /', async () => {
    const res = await fetch(`${host.url}/`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('妇联亮牌')
  })
})

test('writes one log line per request with method, path, status and time', async () => {
  lines.length = 0
  await post('board', { action: 'get', payload: { code: 'comm' } })
  await fetch(`${host.url}/nope`)
  await new Promise((resolve) => setTimeout(resolve, 20))
  expect(lines).toHaveLength(2)
  expect(lines[0]).toMatch(/ POST \/api\/board 200 \d+\.\dms$/)
  expect(lines[1]).toMatch(/ GET \/nope 404 /)
})

test('an unexpected failure is a 500 with no internals in the body', async () => {
  const spy = jest.spyOn(services.store, 'getById').mockRejectedValueOnce(new Error('disk on fire at /var/secret'))
  const res = await post('board', { action: 'get', payload: { code: 'comm' } })
  spy.mockRestore()
  expect(res.status).toBe(500)
  const text = await res.text()
  expect(text).not.toContain('disk on fire')
  expect(JSON.parse(text).error).toEqual({ code: 'INTERNAL', message: '服务暂时出了点问题，请稍后再试' })
  expect(services.errors.join('\n')).toContain('disk on fire')
})
