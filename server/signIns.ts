// The local host's sign-in generations, kept beside the dev-login secret in DATA_DIR
// (dev-signins.json, 0600). A dev token names its openid's generation when it was issued
// and is good only while that generation lasts; ending her sign-ins — 退出登录, or a chair
// recording that she left — moves her to the next one, so every token she holds, in any
// browser, is refused at once (401 登录已失效). WeChat cloud has no tokens (SignInPort).
// Kept in memory and written through on each change: one host process owns a DATA_DIR.
import fs from 'node:fs'
import path from 'node:path'
import type { SignInPort } from '../cloudfunctions/common/ports'
import { DIR_MODE, FILE_MODE } from './dataDir'

export const SIGNINS_FILE = 'dev-signins.json'

/** Generations by file: every adapter over the same DATA_DIR in this process shares one. */
const loaded = new Map<string, Map<string, number>>()

function generationsIn(file: string): Map<string, number> {
  const known = loaded.get(file)
  if (known) return known
  const generations = new Map<string, number>()
  if (fs.existsSync(file)) {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
    for (const [openid, generation] of Object.entries(stored)) if (typeof generation === 'number') generations.set(openid, generation)
  }
  loaded.set(file, generations)
  return generations
}

/** Replaces the file whole (a new file renamed over it), so a crash leaves the old or the new. */
function save(file: string, generations: Map<string, number>): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: DIR_MODE })
  const next = `${file}.next`
  fs.writeFileSync(next, JSON.stringify(Object.fromEntries(generations)), { mode: FILE_MODE })
  fs.renameSync(next, file)
}

export function localSignIns(dataDir: string): SignInPort {
  const file = path.resolve(dataDir, SIGNINS_FILE)
  return {
    async end(openid) {
      const generations = generationsIn(file)
      generations.set(openid, (generations.get(openid) ?? 0) + 1)
      save(file, generations)
    },
    async generation(openid) {
      return generationsIn(file).get(openid) ?? 0
    },
  }
}
