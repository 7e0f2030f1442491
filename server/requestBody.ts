// Reading a call's JSON body without letting one request stall the host: the size is
// checked while the body streams in (a body over the limit is refused at once, not
// after it has all arrived), and nesting is checked by a linear scan before
// `JSON.parse`, so a deep pile of brackets never reaches the parser or the validator.
import type { IncomingMessage } from 'node:http'
import { AppError } from '../cloudfunctions/common/errors'

/** No call of this product needs more than this; images go by the upload route as base64 well under it. */
export const MAX_BODY_BYTES = 1024 * 1024

/**
 * The deepest nesting a call can need: the envelope, its payload, a list of items, an
 * item's own lists (a meeting's agenda with attendance, a request's referrals) stay
 * under 10. Twice that leaves room without letting a pathological body through.
 */
export const MAX_JSON_DEPTH = 20

/** A body over MAX_BODY_BYTES: the host answers 413 and closes the connection. */
export class BodyTooLarge extends AppError {
  constructor() {
    super('INVALID_INPUT', `请求内容太大（最多 ${MAX_BODY_BYTES / 1024 / 1024} MB）`)
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return Promise.reject(new BodyTooLarge())
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk)
        return
      }
      req.off('data', onData)
      req.pause()
      reject(new BodyTooLarge())
    }
    req.on('data', onData)
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** True when brackets outside strings nest deeper than `limit`. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (inString) {
      if (ch === 0x5c)
        i++ // backslash: skip the escaped character
      else if (ch === 0x22) inString = false
    } else if (ch === 0x22) inString = true
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > limit) return true
    } else if (ch === 0x5d || ch === 0x7d) depth--
  }
  return false
}

export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req)
  if (text === '') return {}
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) throw new AppError('INVALID_INPUT', `请求内容层级太深（最多 ${MAX_JSON_DEPTH} 层）`)
  try {
    return JSON.parse(text)
  } catch {
    throw new AppError('INVALID_INPUT', '请求内容不是合法的 JSON')
  }
}
