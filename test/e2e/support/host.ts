// Starts the product exactly as a newcomer does — `npm start` — on a free port and a
// fresh DATA_DIR, and stops it with SIGTERM afterwards.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface StartedHost {
  url: string
  dataDir: string
  output: () => string
  /** SIGTERM to the process group; resolves once `npm start` has exited */
  stop(): Promise<void>
}

const ROOT = path.resolve(__dirname, '../../..')

export async function npmStart(timeoutMs = 180_000): Promise<StartedHost> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liangpai-e2e-'))
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not become ready in ${timeoutMs} ms:\n${output}`)), timeoutMs)
    const check = () => {
      const match = /LIANGPAI_READY (\S+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout?.on('data', check)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`npm start exited with ${code}:\n${output}`))
    })
  })
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  return {
    url,
    dataDir,
    output: () => output,
    async stop() {
      // npm runs the host as a child: signal the whole process group, as a terminal's Ctrl-C does.
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
      return exited
    },
  }
}
