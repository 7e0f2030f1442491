// The local host: the cloud functions' handlers behind `POST /api/<fn>` on the embedded
// store, the dev login and 退出登录, uploaded/demo files under /files/, and the H5 build at /.
// Development, demo and E2E runtime; production runs the same handlers on WeChat cloud.
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { devLoginInput, devLogoutInput, HTTP_STATUS, type Reply } from '../types'
import type { Caller, Services } from '../cloudfunctions/common/context'
import type { SignInPort } from '../cloudfunctions/common/ports'
import { AppError, toErrorBody } from '../cloudfunctions/common/errors'
import { dispatch } from '../cloudfunctions/common/runtime'
import { parseInput } from '../cloudfunctions/common/validation'
import { isLoopback, type DevLoginMode } from './config'
import { DevAuth } from './devAuth'
import { DOMAINS } from './domains'
import { lineWriter } from './lineWriter'
import { BodyTooLarge, readJsonBody } from './requestBody'
import { resolveInside, sendBuildFile, sendFile } from './staticFiles'
import { localDownloads, sendDownload } from './downloads'

export interface HostOptions {
  port: number
  host: string
  dataDir: string
  /** the H5 build to serve at /, or null to serve only the API */
  staticDir: string | null
  services: Services
  /** who may use `POST /api/dev/login` (see server/config.ts) */
  devLogin: DevLoginMode
  /** one line per request; defaults to stdout */
  logLine?: (line: string) => void
}

/** How long `close()` lets answers in flight finish before it cuts every connection. */
const CLOSE_GRACE_MS = 2_000

export interface RunningHost {
  url: string
  close(): Promise<void>
}

function sendJson(res: ServerResponse, status: number, body: unknown): number {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  })
  res.end(text)
  return status
}

function sendReply(res: ServerResponse, reply: Reply<unknown>): number {
  return sendJson(res, reply.ok ? 200 : HTTP_STATUS[reply.error.code], reply)
}

/** Who a request's token names: a genuine, unexpired token of her current sign-in generation. */
async function callerOf(req: IncomingMessage, auth: DevAuth, devLogin: DevLoginMode, signIns: SignInPort, nowMs: number): Promise<Caller> {
  const header = req.headers.authorization
  if (!header) return { openid: null }
  if (devLogin === 'off') throw new AppError('UNAUTHENTICATED', '这台本机服务不接受登录，只提供公开的亮牌公示栏')
  const match = /^Bearer (\S+)$/.exec(header)
  const claims = match ? auth.verify(match[1], nowMs) : null
  // a token of an earlier generation was ended by 退出登录 or by her departure
  if (!claims || claims.generation !== (await signIns.generation(claims.openid))) throw new AppError('UNAUTHENTICATED', '登录已失效，请重新登录')
  return { openid: claims.openid }
}

/**
 * The dev login mints a token for any openid, so it answers only where it was meant to:
 * never when switched off, and on a loopback host only to requests addressed to a
 * loopback name, so that a web page elsewhere cannot reach it by DNS rebinding (its
 * requests carry the attacker's host name in `Host`).
 */
function hostnameOf(hostHeader: string | undefined): string {
  try {
    return new URL(`http://${hostHeader ?? ''}`).hostname
  } catch {
    return ''
  }
}

function refuseUnsafeDevLogin(req: IncomingMessage, mode: DevLoginMode): void {
  if (mode === 'off') throw new AppError('FORBIDDEN', '这台本机服务没有开放演示登录')
  if (mode === 'network') return
  if (!isLoopback(hostnameOf(req.headers.host))) throw new AppError('FORBIDDEN', '演示登录只接受发往本机地址（127.0.0.1 或 localhost）的请求')
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const { services } = options
  const auth = DevAuth.open(options.dataDir)
  const filesDir = path.resolve(options.dataDir, 'files')
  const downloads = localDownloads(options.dataDir)
  const staticDir = options.staticDir ? path.resolve(options.staticDir) : null
  const logLine = options.logLine ?? lineWriter(process.stdout)

  async function route(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<number> {
    const nowMs = services.clock.now().getTime()
    if (req.method === 'POST' && pathname === '/api/dev/login') {
      refuseUnsafeDevLogin(req, options.devLogin)
      const input = parseInput(devLoginInput, await readJsonBody(req))
      const generation = await services.ports.signIns.generation(input.openid)
      return sendJson(res, 200, { token: auth.issue(input.openid, generation, nowMs), openid: input.openid })
    }
    if (req.method === 'POST' && pathname === '/api/dev/logout') {
      const { openid } = await callerOf(req, auth, options.devLogin, services.ports.signIns, nowMs)
      if (!openid) throw new AppError('UNAUTHENTICATED', '请先登录')
      parseInput(devLogoutInput, await readJsonBody(req))
      await services.ports.signIns.end(openid)
      return sendJson(res, 200, { signedOut: true })
    }
    if (pathname.startsWith('/api/')) {
      const domain = DOMAINS[pathname.slice('/api/'.length)]
      if (!domain) throw new AppError('NOT_FOUND', '没有这个接口')
      if (req.method !== 'POST') throw new AppError('INVALID_INPUT', '请用 POST 调用接口')
      const caller = await callerOf(req, auth, options.devLogin, services.ports.signIns, nowMs)
      return sendReply(res, await dispatch(domain, await readJsonBody(req), caller, services))
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new AppError('NOT_FOUND', '没有这个页面')
    if (pathname === '/healthz') return sendJson(res, 200, { ok: true })
    if (pathname.startsWith('/downloads/')) {
      const found = downloads.resolve(pathname.slice('/downloads/'.length))
      if (found) return sendDownload(res, found.file, found.fileName)
      throw new AppError('NOT_FOUND', '下载链接已失效，请回到页面重新导出')
    }
    if (pathname.startsWith('/files/')) {
      const file = resolveInside(filesDir, pathname.slice('/files/'.length))
      if (file) return sendFile(res, file)
      throw new AppError('NOT_FOUND', '文件不存在')
    }
    const file = staticDir && resolveInside(staticDir, pathname === '/' ? 'index.html' : pathname.slice(1))
    if (file) return sendBuildFile(req, res, file)
    throw new AppError('NOT_FOUND', '没有这个页面')
  }

  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint()
    const pathname = (req.url ?? '/').split('?')[0]
    route(req, res, pathname)
      .catch((error: unknown) => {
        if (!(error instanceof AppError)) services.log.error('request failed', { path: pathname, error: String(error) })
        if (res.headersSent) {
          res.destroy()
          return 500
        }
        const body = toErrorBody(error)
        const status = error instanceof BodyTooLarge ? 413 : HTTP_STATUS[body.code]
        // a body refused half-way is not read to its end: the connection closes instead
        if (error instanceof BodyTooLarge) res.setHeader('connection', 'close')
        return sendJson(res, status, { ok: false, error: body })
      })
      .then((status) => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6
        logLine(`${new Date().toISOString()} ${req.method} ${pathname} ${status} ${ms.toFixed(1)}ms`)
      })
  })
  server.keepAliveTimeout = 65_000

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${options.host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        // In-flight answers get a moment to finish; a kept-alive connection a client never
        // closes (or one caught between requests) does not hold the host open past it.
        const cutOff = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS)
        server.close(() => {
          clearTimeout(cutOff)
          resolve()
        })
        server.closeIdleConnections()
      }),
  }
}
