// Starts the local host (server/main.ts) as a child process for a benchmark, waits for
// its ready line, and stops it with SIGTERM — always, even when the benchmark fails.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

export const ROOT = path.resolve(__dirname, '..', '..')
const MAIN = path.join(ROOT, 'server', 'main.ts')
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx')
/** server/main.ts prints this, then the URL, when it listens. */
const READY = /LIANGPAI_READY (http:\/\/\S+)/

export interface HostOptions {
  dataDir: string
  loadDemo: boolean
  /** the H5 build to serve, or null for the API only */
  h5Dir: string | null
  /** loading a large store takes a while */
  readyTimeoutMs?: number
}

export interface BenchHost {
  url: string
  stop(): Promise<void>
}

const running = new Set<ChildProcess>()
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL')
})

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

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      running.delete(child)
      resolve()
      return
    }
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000)
    child.once('exit', () => {
      clearTimeout(force)
      running.delete(child)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

function waitForReady(child: ChildProcess, timeoutMs: number, output: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const fail = (message: string) => {
      clearTimeout(timer)
      reject(new Error(`${message}\n本地服务最后的输出：\n${output.slice(-20).join('')}`))
    }
    const timer = setTimeout(() => fail(`本地服务 ${timeoutMs / 1000} 秒内没有就绪`), timeoutMs)
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8')
      if (output.length < 200) output.push(text)
      const match = READY.exec(output.join(''))
      if (match) {
        clearTimeout(timer)
        child.stdout?.off('data', onData)
        child.stdout?.resume()
        resolve(match[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => output.length < 200 && output.push(chunk.toString('utf8')))
    child.once('exit', (code, signal) => fail(`本地服务启动时退出了（退出码 ${code ?? signal}）`))
  })
}

export async function startHost(options: HostOptions): Promise<BenchHost> {
  if (!fs.existsSync(MAIN)) throw new Error(`还没有本地服务 ${path.relative(ROOT, MAIN)}，无法运行这个基准测试。`)
  const port = await freePort()
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: options.dataDir,
    LOAD_DEMO: options.loadDemo ? '1' : '0',
    H5_DIR: options.h5Dir ?? '',
  }
  const child = spawn(TSX, [MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  running.add(child)
  const output: string[] = []
  try {
    const url = await waitForReady(child, options.readyTimeoutMs ?? 120_000, output)
    child.stderr?.resume()
    return { url, stop: () => stopChild(child) }
  } catch (error) {
    await stopChild(child)
    throw error
  }
}
