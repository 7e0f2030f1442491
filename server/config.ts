// The local host's settings, from the environment (README, "Configuration").
import net from 'node:net'
import path from 'node:path'

/**
 * Who may use the dev login (`POST /api/dev/login`), the local host's only way to sign
 * in: it mints a token for any openid, so whoever reaches it is any chair and reads
 * decrypted help requests.
 * - `loopback`: on, for `npm start`'s demo bound to this machine (the default there);
 * - `off`: nobody signs in; the host serves the public board and nothing else;
 * - `network`: on although the host is reachable from other machines — only ever for
 *   a demo on a network where everyone may be everyone (LIANGPAI_DEV_LOGIN=network).
 */
export type DevLoginMode = 'loopback' | 'off' | 'network'

export interface HostConfig {
  port: number
  host: string
  dataDir: string
  h5Dir: string | null
  loadDemo: boolean
  devLogin: DevLoginMode
}

function portOf(value: string | undefined): number {
  if (value === undefined || value === '') return 8080
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT 应为 0–65535 的整数，现在是「${value}」`)
  return port
}

/** 127.0.0.0/8, ::1 and `localhost`: addresses no other machine can reach. */
export function isLoopback(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true
  if (net.isIPv4(bare)) return bare.startsWith('127.')
  return bare === '::1' || bare === '0:0:0:0:0:0:0:1'
}

/** The dev login's mode for this bind address; throws (in Chinese) when the setting is unsafe or unknown. */
export function devLoginModeOf(value: string | undefined, host: string): DevLoginMode {
  const setting = value === undefined || value === '' ? 'auto' : value
  if (setting === 'off') return 'off'
  if (setting === 'network') return 'network'
  if (setting !== 'auto' && setting !== 'loopback') {
    throw new Error(`LIANGPAI_DEV_LOGIN 只能是 off、loopback 或 network，现在是「${value}」`)
  }
  if (isLoopback(host)) return 'loopback'
  throw new Error(
    `本机服务监听在 ${host}，其他电脑也能访问；演示登录（/api/dev/login）能让任何人冒充任何人，包括读取求助记录的妇联主席，所以不能在这里开启。` +
      '只想公开亮牌公示栏：设置 LIANGPAI_DEV_LOGIN=off。确实要在可信的演示网络里让大家登录：设置 LIANGPAI_DEV_LOGIN=network。' +
      '正式使用请部署到微信云开发，身份来自微信的 OPENID。',
  )
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): HostConfig {
  const host = env.HOST || '127.0.0.1'
  return {
    port: portOf(env.PORT),
    host,
    dataDir: path.resolve(root, env.DATA_DIR || '.data'),
    h5Dir: env.H5_DIR === '' ? null : path.resolve(root, env.H5_DIR || 'dist/h5'),
    loadDemo: env.LOAD_DEMO !== '0',
    devLogin: devLoginModeOf(env.LIANGPAI_DEV_LOGIN, host),
  }
}
