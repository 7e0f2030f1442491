// The local host's stand-in for WeChat identity: `POST /api/dev/login { openid }` returns
// a token signed with a secret kept under DATA_DIR; `Authorization: Bearer <token>`
// then names the caller. Only the local host has this; WeChat cloud uses OPENID. A token
// also names its openid's sign-in generation (server/signIns.ts): the host accepts it only
// while that generation lasts, so 退出登录 ends it before its week is out.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const SECRET_FILE = 'dev-login-secret'
/** A dev token lasts a week; long enough for a demo, short enough to matter. */
const TOKEN_TTL_MS = 7 * 24 * 3600 * 1000

/** What a genuine, unexpired token says. */
export interface TokenClaims {
  openid: string
  /** the openid's sign-in generation when the token was issued */
  generation: number
}

export class DevAuth {
  private constructor(private readonly secret: Buffer) {}

  /** Reads the signing secret from DATA_DIR, creating it on first start. */
  static open(dataDir: string): DevAuth {
    const file = path.join(dataDir, SECRET_FILE)
    if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
    return new DevAuth(Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex'))
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url')
  }

  issue(openid: string, generation: number, nowMs: number): string {
    const body = Buffer.from(JSON.stringify({ openid, gen: generation, exp: nowMs + TOKEN_TTL_MS })).toString('base64url')
    return `${body}.${this.sign(body)}`
  }

  /** What a token says, or null when it is forged, malformed or expired. */
  verify(token: string, nowMs: number): TokenClaims | null {
    const [body, signature, extra] = token.split('.')
    if (!body || !signature || extra !== undefined) return null
    const expected = Buffer.from(this.sign(body))
    const given = Buffer.from(signature)
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
    try {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { openid?: unknown; gen?: unknown; exp?: unknown }
      if (typeof claims.openid !== 'string' || typeof claims.gen !== 'number' || typeof claims.exp !== 'number' || claims.exp < nowMs) return null
      return { openid: claims.openid, generation: claims.gen }
    } catch {
      return null
    }
  }
}
