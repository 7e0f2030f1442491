// The local host's key for help requests: LIANGPAI_REQUEST_KEY when set, otherwise a
// random key kept in <DATA_DIR>.keys/request.key — beside the data folder, never in it —
// created on first start with a warning that it is for local use only (production sets
// the key in the cloud function's environment). A key inside DATA_DIR would go wherever
// a copy of the folder goes (a backup, a zip for a bug report, a colleague's machine),
// and with it every help request in the folder could be read. The key folder is named
// after DATA_DIR, so each data folder has its own key and hosts on different folders
// never share or overwrite one; a key an older version left in DATA_DIR is moved out.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { createVault, KEY_ENV, keyFromText, type VaultPort } from '../cloudfunctions/common/vault'
import { DIR_MODE, FILE_MODE } from './dataDir'

export const KEY_FILE = 'request.key'

/** The folder that holds DATA_DIR's key: `<DATA_DIR>.keys`, a sibling of the data folder. */
export function localKeyDir(dataDir: string): string {
  return `${path.resolve(dataDir)}.keys`
}

/** Where DATA_DIR's key is kept. */
export function localKeyFile(dataDir: string): string {
  return path.join(localKeyDir(dataDir), KEY_FILE)
}

export type LocalKeySource = 'found' | 'created' | 'moved'

/** Moves a key an older version kept inside DATA_DIR to the key folder; false when there is none. */
function moveOldKey(dataDir: string, file: string): boolean {
  const old = path.join(dataDir, KEY_FILE)
  if (!fs.existsSync(old)) return false
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: DIR_MODE })
  fs.writeFileSync(file, fs.readFileSync(old), { mode: FILE_MODE, flag: 'wx' })
  fs.rmSync(old)
  return true
}

/** Reads DATA_DIR's key, moving it out of DATA_DIR or creating it (mode 600) when needed; says which. */
export function ensureLocalKey(dataDir: string): { key: Buffer; source: LocalKeySource; file: string } {
  const file = localKeyFile(dataDir)
  if (fs.existsSync(file)) return { key: keyFromText(fs.readFileSync(file, 'utf8')), source: 'found', file }
  if (moveOldKey(dataDir, file)) return { key: keyFromText(fs.readFileSync(file, 'utf8')), source: 'moved', file }
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: DIR_MODE })
  const key = randomBytes(32)
  fs.writeFileSync(file, key.toString('base64') + '\n', { mode: FILE_MODE, flag: 'wx' })
  return { key, source: 'created', file }
}

const WHY_APART = '它放在数据目录之外：复制、备份或分享数据目录时，不会把能解开求助记录的密钥一起带走。请另行妥善保管，丢了它，已存的求助就再也读不出来'
const LOCAL_ONLY = `仅供本机开发和演示使用；正式环境请在云函数环境变量 ${KEY_ENV} 中配置密钥`

/** What the host says when it made or moved the key; null when the key was already in place. */
export function localKeyWarning(source: LocalKeySource, file: string): string | null {
  if (source === 'created') return `警告：已生成求助信息加密密钥 ${file}。${WHY_APART}。${LOCAL_ONLY}。`
  if (source === 'moved') return `警告：求助信息加密密钥原来放在数据目录里，已移到 ${file}。${WHY_APART}。${LOCAL_ONLY}。`
  return null
}

/** The vault over the environment's key, else DATA_DIR's key file (read or made on first use). */
export function localVault(dataDir: string, env: NodeJS.ProcessEnv = process.env, warn: (text: string) => void = console.warn): VaultPort {
  let vault: VaultPort | null = null
  const current = (): VaultPort => {
    if (vault) return vault
    const text = env[KEY_ENV]
    if (text) vault = createVault(keyFromText(text))
    else {
      const { key, source, file } = ensureLocalKey(dataDir)
      const warning = localKeyWarning(source, file)
      if (warning) warn(warning)
      vault = createVault(key)
    }
    return vault
  }
  return { seal: (plain) => current().seal(plain), open: (sealed) => current().open(sealed) }
}
