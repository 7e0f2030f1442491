// The local host's settings, from the environment (README, "Configuration").
import path from 'node:path'

export interface HostConfig {
  port: number
  host: string
  dataDir: string
  h5Dir: string | null
  loadDemo: boolean
}

function portOf(value: string | undefined): number {
  if (value === undefined || value === '') return 8080
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT 应为 0–65535 的整数，现在是「${value}」`)
  return port
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): HostConfig {
  return {
    port: portOf(env.PORT),
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(root, env.DATA_DIR || '.data'),
    h5Dir: env.H5_DIR === '' ? null : path.resolve(root, env.H5_DIR || 'dist/h5'),
    loadDemo: env.LOAD_DEMO !== '0',
  }
}
