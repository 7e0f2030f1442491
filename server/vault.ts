// The local host's key for help requests: LIANGPAI_REQUEST_KEY when set, otherwise a
// random key kept in DATA_DIR/request.key, created on first start with a warning that
// it is for local use only (production sets the key in the cloud function's environment).
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { createVault, KEY_ENV, keyFromText, type VaultPort } from '../cloudfunctions/common/vault'

export const KEY_FILE = 'request.key'

/** Reads the key file, creating it (mode 600) when missing; says whether it was created. */
export function ensureLocalKey(dataDir: string): { key: Buffer; created: boolean } {
  const file = path.join(dataDir, KEY_FILE)
  if (fs.existsSync(file)) return { key: keyFromText(fs.readFileSync(file, 'utf8')), created: false }
  fs.mkdirSync(dataDir, { recursive: true })
  const key = randomBytes(32)
  fs.writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' })
  return { key, created: true }
}

export const LOCAL_KEY_WARNING = `警告：已在数据目录生成求助信息加密密钥 ${KEY_FILE}，仅供本机开发和演示使用；正式环境请在云函数环境变量 ${KEY_ENV} 中配置密钥。`

/** The vault over the environment's key, else the DATA_DIR key (read or made on first use). */
export function localVault(dataDir: string, env: NodeJS.ProcessEnv = process.env, warn: (text: string) => void = console.warn): VaultPort {
  let vault: VaultPort | null = null
  const current = (): VaultPort => {
    if (vault) return vault
    const text = env[KEY_ENV]
    if (text) vault = createVault(keyFromText(text))
    else {
      const { key, created } = ensureLocalKey(dataDir)
      if (created) warn(LOCAL_KEY_WARNING)
      vault = createVault(key)
    }
    return vault
  }
  return { seal: (plain) => current().seal(plain), open: (sealed) => current().open(sealed) }
}
