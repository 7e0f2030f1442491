// The local host as the durability test drives it: `npx tsx server/main.ts` on a fixed
// port and one DATA_DIR, started in its own process group so that a kill takes npx,
// tsx and node together (SIGKILL, nothing gets to flush), and restarted on the same URL.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

export const ROOT = path.resolve(__dirname, '..', '..')
const READY = /LIANGPAI_READY (http:\/\/\S+)/
const READY_TIMEOUT_MS = 120_000
const STOP_TIMEOUT_MS = 30_000

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

export interface HostRunOptions {
  dataDir: string
  port: number
  /** extra environment, e.g. a short retention period */
  env?: Record<string, string>
}

/** One local host that can be killed, restarted and finally stopped cleanly. */
export class DurableHost {
  private child: ChildProcess | null = null
  private exited: Promise<void> = Promise.resolve()
  private expectingExit = false
  /** set when the host ended without being killed or stopped by the test */
  crashed: string | null = null
  /** everything every run of the host printed, for the report when something fails */
  readonly output: string[] = []
  readonly url: string

  constructor(private readonly options: HostRunOptions) {
    this.url = `http://127.0.0.1:${options.port}`
  }

  async start(): Promise<void> {
    const env = { ...process.env, PORT: String(this.options.port), HOST: '127.0.0.1', DATA_DIR: this.options.dataDir, H5_DIR: '', LOAD_DEMO: '1', ...this.options.env }
    const child = spawn('npx', ['tsx', 'server/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    this.child = child
    this.expectingExit = false
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()))
    child.once('exit', (code, signal) => {
      if (!this.expectingExit) this.crashed = `本地服务自己退出了（${code ?? signal}）`
    })
    let seen = ''
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`本地服务 ${READY_TIMEOUT_MS / 1000} 秒内没有就绪`)), READY_TIMEOUT_MS)
      child.stdout?.on('data', (chunk: Buffer) => {
        seen += chunk.toString('utf8')
        this.keep(chunk)
        if (READY.test(seen)) {
          clearTimeout(timer)
          resolve()
        }
      })
      child.stderr?.on('data', (chunk: Buffer) => this.keep(chunk))
      child.once('exit', (code, signal) => {
        clearTimeout(timer)
        reject(new Error(`本地服务启动时退出了（${code ?? signal}）`))
      })
    })
  }

  private keep(chunk: Buffer): void {
    const lines = chunk.toString('utf8').split('\n').filter((line) => line && !/ POST \/api\/\S+ 200 /.test(line))
    this.output.push(...lines)
    if (this.output.length > 2000) this.output.splice(0, this.output.length - 2000)
  }

  /** SIGKILL to the whole process group: no handler runs, no file is compacted. */
  async kill(): Promise<void> {
    const pgid = this.child?.pid
    if (!pgid) return
    this.expectingExit = true
    signalGroup(pgid, 'SIGKILL')
    await Promise.all([this.exited, groupGone(pgid, STOP_TIMEOUT_MS)])
    this.child = null
  }

  /** SIGTERM to the group, as Ctrl-C would: the host closes its server and compacts the store. */
  async stop(): Promise<void> {
    const pgid = this.child?.pid
    if (!pgid) return
    this.expectingExit = true
    signalGroup(pgid, 'SIGTERM')
    const gone = await groupGone(pgid, STOP_TIMEOUT_MS)
    this.child = null
    if (!gone) {
      signalGroup(pgid, 'SIGKILL')
      throw new Error(`本地服务 ${STOP_TIMEOUT_MS / 1000} 秒内没有停止`)
    }
    if (this.output.some((line) => line.includes('shutdown failed'))) throw new Error('本地服务停止时出错')
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal)
  } catch {
    // the group is gone already
  }
}

/** Live (not zombie) processes of a process group, from /proc: npx, tsx and node. */
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
