// Ending sign-ins on the local host: 退出登录 (POST /api/dev/logout) ends every token its
// openid holds, in every browser, at once; a chair recording a member's departure ends
// the departing member's the same way; an ended token is answered 401 登录已失效，请重新登录,
// while everyone else's tokens, and a fresh login, work on.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startHost, type RunningHost } from '../../server/host'
import { CALLERS, IDS, seedConsoleTree } from '../cloudfunctions/org/fixtures/consoleTree'
import { testServices, type TestServices } from '../fixtures/services'

let services: TestServices
let host: RunningHost

beforeEach(async () => {
  services = await testServices()
  await seedConsoleTree(services.store, services.clock.now())
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'token-revocation-'))
  host = await startHost({ port: 0, host: '127.0.0.1', dataDir, staticDir: null, services, devLogin: 'loopback', logLine: () => {} })
})
afterEach(() => host.close())

async function post(pathname: string, body: unknown, token?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `Bearer ${token}`
  const res = await fetch(`${host.url}${pathname}`, { method: 'POST', headers, body: JSON.stringify(body) })
  return { status: res.status, json: (await res.json()) as Record<string, unknown> }
}

async function login(openid: string): Promise<string> {
  const { status, json } = await post('/api/dev/login', { openid })
  expect(status).toBe(200)
  return json.token as string
}

/** org.mine as the token's holder: what any signed-in page asks first. */
const mine = (token: string) => post('/api/org', { action: 'mine', payload: {} }, token)

const ENDED = { status: 401, json: { ok: false, error: { code: 'UNAUTHENTICATED', message: '登录已失效，请重新登录' } } }

test('退出登录 ends every token she holds, in every browser, and nobody else’s', async () => {
  const phone = await login(CALLERS.resident)
  const laptop = await login(CALLERS.resident)
  const chair = await login(CALLERS.chair)
  expect((await mine(phone)).status).toBe(200)
  expect((await mine(laptop)).status).toBe(200)

  expect(await post('/api/dev/logout', {}, phone)).toEqual({ status: 200, json: { signedOut: true } })

  expect(await mine(phone)).toEqual(ENDED)
  expect(await mine(laptop)).toEqual(ENDED)
  expect((await mine(chair)).status).toBe(200)
  expect((await mine(await login(CALLERS.resident))).status).toBe(200)
})

test('an ended token cannot sign out again, and signing out needs a token', async () => {
  const token = await login(CALLERS.resident)
  await post('/api/dev/logout', {}, token)
  expect(await post('/api/dev/logout', {}, token)).toEqual(ENDED)
  expect(await post('/api/dev/logout', {})).toMatchObject({ status: 401, json: { ok: false, error: { code: 'UNAUTHENTICATED' } } })
})

test('a chair recording a member’s departure ends the member’s sign-in at once', async () => {
  const member = await login(CALLERS.member)
  const colleague = await login(CALLERS.viceChair)
  const chair = await login(CALLERS.chair)
  expect((await mine(member)).json).toMatchObject({ ok: true, data: { places: [expect.anything()] } })

  const departure = { memberId: IDS.memberA, version: 1, reason: 'resigned', leftOn: '2026-11-20', note: '' }
  expect(await post('/api/org', { action: 'recordDeparture', payload: departure }, chair)).toMatchObject({ status: 200, json: { ok: true } })

  expect(await mine(member)).toEqual(ENDED)
  expect(await post('/api/org', { action: 'get', payload: { orgId: 'comm' } }, member)).toEqual(ENDED)
  expect((await mine(colleague)).status).toBe(200)
  expect((await mine(chair)).status).toBe(200)
  // she may sign in again, as the resident she still is: no console any more
  expect((await mine(await login(CALLERS.member))).json).toMatchObject({ ok: true, data: { places: [] } })
})
