// The one way the slow test stages and the benchmarks run the local host: as a newcomer
// does (`npm start`) or the server alone (`tsx server/main.ts`), in a process group of
// its own so that npm, tsx and node end together, ready when it prints
// `LIANGPAI_READY <url>`. stop() is Ctrl-C (SIGTERM: the host closes and compacts its
// store); kill() is a crash (SIGKILL: nothing gets to flush); start() again restarts it.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { HOST_NODE_FLAGS } from '../../server/heap'

export const ROOT = path.resolve(__dirname, '..', '..')
const READY = /LIANGPAI_READY (http:\/\/\S+)/
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx')
/** How many lines of what the host printed are kept for a failure report. */
const KEPT_LINES = 2000

export interface HostOptions {
  /** `npm start` checks the H5 build first, as a newcomer's first run does; `server` runs server/main.ts alone */
  via: 'npm start' | 'server'
  dataDir: string
  /** 0 (the default): the host takes a free port and names it in its ready line */
  port?: number
  /** more environment: HOST, LOAD_DEMO, H5_DIR, a short retention… */
  env?: Record<string, string>
  /** lines not worth keeping in the output, e.g. the access log of every call */
  dropLines?: RegExp
  readyTimeoutMs?: number
  /** after SIGTERM, how long every process of the group has to end before SIGKILL and an error */
  stopTimeoutMs?: number
}

/** Groups still running, killed if this process exits without stopping them. */
const running = new Set<number>()
process.once('exit', () => {
  for (const pgid of running) signalGroup(pgid, 'SIGKILL')
})

/** A local host that can be started, killed, started again on the same port and data, and stopped. */
export class LocalHost {
  private child: ChildProcess | null = null
  private exited: Promise<void> = Promise.resolve()
  private expectingExit = false
  private readyUrl: string | null = null
  private partial = ''
  private readonly lines: string[] = []
  /** set when the host ended without being killed or stopped */
  crashed: string | null = null

  constructor(private readonly options: HostOptions) {}

  get dataDir(): string {
    return this.options.dataDir
  }

  /** Known before the first start when the port is fixed; otherwise from the ready line. */
  get url(): string {
    if (this.readyUrl) return this.readyUrl
    if (this.options.port) return `http://127.0.0.1:${this.options.port}`
    throw new Error('本地服务还没有启动，不知道它的地址')
  }

  /** Everything every run of the host printed (stdout and stderr), the last 2,000 lines. */
  output(): string {
    return [...this.lines, this.partial].join('\n')
  }

  async start(): Promise<void> {
    const { via, dataDir, port = 0, env, readyTimeoutMs = 180_000 } = this.options
    const [command, args] = via === 'npm start' ? ['npm', ['start']] : [TSX, [...HOST_NODE_FLAGS, 'server/main.ts']]
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    if (!child.pid) throw new Error(`无法启动本地服务（${via}）`)
    this.child = child
    running.add(child.pid)
    this.expectingExit = false
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()))
    child.once('exit', (code, signal) => {
      if (!this.expectingExit) this.crashed = `本地服务自己退出了（${code ?? signal}）`
    })
    child.stderr?.on('data', (chunk: Buffer) => this.keep(chunk))
    let seen = ''
    let ready = false
    this.readyUrl = await new Promise<string>((resolve, reject) => {
      const fail = (message: string) => {
        clearTimeout(timer)
        reject(new Error(`${message}\n本地服务最后的输出：\n${this.lines.slice(-20).join('\n')}`))
      }
      const timer = setTimeout(() => fail(`本地服务 ${readyTimeoutMs / 1000} 秒内没有就绪（${via}）`), readyTimeoutMs)
      child.stdout?.on('data', (chunk: Buffer) => {
        this.keep(chunk)
        if (ready) return
        seen += chunk.toString('utf8')
        const line = READY.exec(seen)
        if (!line) return
        ready = true
        clearTimeout(timer)
        resolve(line[1])
      })
      child.once('exit', (code, signal) => ready || fail(`本地服务启动时退出了（${code ?? signal}）`))
    }).catch(async (error: unknown) => {
      await this.kill()
      throw error
    })
  }

  /** SIGTERM to the whole group, as Ctrl-C: resolves once every process of it has ended and the store was closed cleanly. */
  async stop(): Promise<void> {
    const pgid = this.child?.pid
    if (!pgid) return
    this.expectingExit = true
    signalGroup(pgid, 'SIGTERM')
    const timeoutMs = this.options.stopTimeoutMs ?? 30_000
    const gone = await groupGone(pgid, timeoutMs)
    this.forget(pgid)
    if (!gone) {
      signalGroup(pgid, 'SIGKILL')
      throw new Error(`本地服务 ${timeoutMs / 1000} 秒内没有停止`)
    }
    if (this.lines.some((line) => line.includes('shutdown failed'))) throw new Error('本地服务停止时出错')
  }

  /** SIGKILL to the whole group: no handler runs, no file is compacted. */
  async kill(): Promise<void> {
    const pgid = this.child?.pid
    if (!pgid) return
    this.expectingExit = true
    signalGroup(pgid, 'SIGKILL')
    await Promise.all([this.exited, groupGone(pgid, this.options.stopTimeoutMs ?? 30_000)])
    this.forget(pgid)
  }

  private forget(pgid: number): void {
    running.delete(pgid)
    this.child = null
  }

  private keep(chunk: Buffer): void {
    const [first, ...rest] = (this.partial + chunk.toString('utf8')).split('\n')
    const complete = rest.length > 0 ? [first, ...rest.slice(0, -1)] : []
    this.partial = rest.length > 0 ? rest[rest.length - 1] : first
    const { dropLines } = this.options
    this.lines.push(...complete.filter((line) => line && !dropLines?.test(line)))
    if (this.lines.length > KEPT_LINES) this.lines.splice(0, this.lines.length - KEPT_LINES)
  }
}

/** A host started and ready. */
export async function launchHost(options: HostOptions): Promise<LocalHost> {
  const host = new LocalHost(options)
  await host.start()
  return host
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal)
  } catch {
    // the group is gone already
  }
}

/** Live (not zombie) processes of a process group, from /proc: npm or tsx, and node. */
function groupMembers(pgid: number): number {
  let live = 0
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') live++
    } catch {
      // the process ended while we looked
    }
  }
  return live
}

/** Waits until no process of the group is alive; false on timeout. */
async function groupGone(pgid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (groupMembers(pgid) > 0) {
    if (Date.now() > deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return true
}
