// The local host against a careless or hostile client: the dev login only where it was
// meant to be, bodies refused while they stream in, and deep nesting refused before it
// is parsed.
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { devLoginModeOf, readConfig } from '../../server/config'
import { startHost, type RunningHost } from '../../server/host'
import { MAX_BODY_BYTES, nestsDeeperThan } from '../../server/requestBody'
import { seedSmallTree } from '../fixtures/smallTree'
import { testServices, type TestServices } from '../fixtures/services'
import { snapshotStore } from '../fixtures/snapshot'
import type { DevLoginMode } from '../../server/config'

/** What the host answers: a token from the dev login, or the error envelope. */
interface HostReply {
  token?: string
  error: { code: string; message: string }
}

let services: TestServices
const hosts: RunningHost[] = []

beforeAll(async () => {
  services = await testServices()
  await seedSmallTree(services.store, services.clock.now())
})
afterAll(() => Promise.all(hosts.map((host) => host.close())))

async function hostWith(devLogin: DevLoginMode): Promise<RunningHost> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'host-hardening-'))
  const host = await startHost({ port: 0, host: '127.0.0.1', dataDir, staticDir: null, services, devLogin, logLine: () => {} })
  hosts.push(host)
  return host
}

/** A raw HTTP request, so the Host header and the body can be whatever a hostile client sends. */
function rawPost(url: string, pathname: string, body: string | Buffer, headers: Record<string, string | number> = {}): Promise<{ status: number; json: HostReply }> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: pathname, method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = ''
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : null }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

describe('the dev login is a development feature', () => {
  test('on a loopback host it answers requests addressed to 127.0.0.1 or localhost', async () => {
    const host = await hostWith('loopback')
    const port = new URL(host.url).port
    for (const name of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const res = await rawPost(host.url, '/api/dev/login', JSON.stringify({ openid: 'demo-chair' }), { host: name })
      expect(res.status).toBe(200)
      expect(typeof res.json.token).toBe('string')
    }
  })

  test('a request whose Host is another name (DNS rebinding) gets no token', async () => {
    const host = await hostWith('loopback')
    for (const name of ['evil.example', 'evil.example:80', '192.168.1.5', 'localhost.evil.example']) {
      const res = await rawPost(host.url, '/api/dev/login', JSON.stringify({ openid: 'demo-chair' }), { host: name })
      expect(res.status).toBe(403)
      expect(res.json.error.message).toContain('本机地址')
      expect(res.json.token).toBeUndefined()
    }
  })

  test('switched off, it mints nothing and tokens minted before are not accepted', async () => {
    const on = await hostWith('loopback')
    const { json } = await rawPost(on.url, '/api/dev/login', JSON.stringify({ openid: 'demo-chair' }))
    const off = await hostWith('off')
    const login = await rawPost(off.url, '/api/dev/login', JSON.stringify({ openid: 'demo-chair' }))
    expect(login.status).toBe(403)
    expect(login.json.error.message).toBe('这台本机服务没有开放演示登录')
    const call = await rawPost(off.url, '/api/org', JSON.stringify({ action: 'mine', payload: {} }), { authorization: `Bearer ${json.token}` })
    expect(call.status).toBe(401)
    const board = await rawPost(off.url, '/api/board', JSON.stringify({ action: 'get', payload: { code: 'comm' } }))
    expect(board.status).toBe(200)
  })

  test('the host refuses to start beyond loopback unless a named setting says what to do', () => {
    expect(() => readConfig({ HOST: '0.0.0.0' })).toThrow(/LIANGPAI_DEV_LOGIN=off/)
    expect(() => readConfig({ HOST: '192.168.1.5', LIANGPAI_DEV_LOGIN: 'loopback' })).toThrow(/其他电脑也能访问/)
    expect(readConfig({ HOST: '0.0.0.0', LIANGPAI_DEV_LOGIN: 'off' }).devLogin).toBe('off')
    expect(readConfig({ HOST: '0.0.0.0', LIANGPAI_DEV_LOGIN: 'network' }).devLogin).toBe('network')
    expect(readConfig({}).devLogin).toBe('loopback')
    expect(devLoginModeOf(undefined, '::1')).toBe('loopback')
    expect(devLoginModeOf(undefined, 'localhost')).toBe('loopback')
    expect(() => devLoginModeOf('yes', '127.0.0.1')).toThrow(/只能是 off、loopback 或 network/)
  })
})

describe('bodies that would stall the host', () => {
  test('a declared length over the limit is refused with 413 before any of it is read', async () => {
    const host = await hostWith('loopback')
    const { hostname, port } = new URL(host.url)
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        { hostname, port, path: '/api/board', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': 100 * 1024 * 1024 } },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        },
      )
      req.on('error', reject)
      req.write('{"action":"get",') // the client would send 100 MB; the answer comes first
    })
    expect(status).toBe(413)
  })

  test('a streamed body is refused with 413 as soon as it passes the limit, not at its end', async () => {
    const host = await hostWith('loopback')
    const { hostname, port } = new URL(host.url)
    let sent = 0
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({ hostname, port, path: '/api/board', method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', () => {}) // the host closes the connection while the client still writes
      const chunk = Buffer.alloc(64 * 1024, 0x20)
      const pump = () => {
        if (sent > 20 * MAX_BODY_BYTES) return reject(new Error('the host read 20 MB without answering'))
        sent += chunk.length
        if (req.write(chunk)) setImmediate(pump)
        else req.once('drain', pump)
      }
      pump()
    })
    expect(status).toBe(413)
    expect(sent).toBeLessThan(8 * MAX_BODY_BYTES)
  })

  test('deep nesting is refused by name before parsing, and changes nothing', async () => {
    const host = await hostWith('loopback')
    const before = await snapshotStore(services.store)
    const deep = '['.repeat(200_000) + ']'.repeat(200_000)
    const res = await rawPost(host.url, '/api/board', `{"action":"get","payload":{"code":"comm","x":${deep}}}`)
    expect(res.status).toBe(400)
    expect(res.json.error).toEqual({ code: 'INVALID_INPUT', message: '请求内容层级太深（最多 20 层）' })
    expect(await snapshotStore(services.store)).toEqual(before)
  })

  test('the nesting scan ignores brackets inside strings and counts both kinds', () => {
    expect(nestsDeeperThan(JSON.stringify({ a: '[[[[[[[[[[', b: '\\"[[[[' }), 3)).toBe(false)
    expect(nestsDeeperThan('{"a":[{"b":[1]}]}', 4)).toBe(false)
    expect(nestsDeeperThan('{"a":[{"b":[[1]]}]}', 4)).toBe(true)
  })
})
