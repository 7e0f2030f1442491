// Content checks on WeChat: security.msgSecCheck v2 for text, security.imgSecCheck for
// images. A verdict the service does not give, or an error from it, throws: the
// handler reports that the check is unavailable; nothing unchecked ever passes.
import type { CheckVerdict, ContentCheckPort } from '../ports'
import { decodeImage, encodeJpeg, fitWithin } from '../imageCodec'
import type { PortBuilder } from './lazyPorts'
import { errCodeOf, type WxOpenApi } from './wechatSdk'

/** msgSecCheck v2 checks at most 2500 characters at a time. */
export const MAX_TEXT_CHARS = 2500
/** imgSecCheck takes images up to 750 × 1334 px and 1 MB. */
const CHECK_WIDTH = 750
const CHECK_HEIGHT = 1334
const CHECK_BYTES = 1024 * 1024
/** errCode of imgSecCheck for an image with risky content */
export const RISKY_CONTENT = 87014

const SEVERITY: Record<CheckVerdict, number> = { pass: 0, review: 1, risky: 2 }

function verdictOf(suggest: unknown): CheckVerdict {
  if (suggest === 'pass' || suggest === 'review' || suggest === 'risky') return suggest
  throw new Error(`msgSecCheck answered suggest=${String(suggest)}`)
}

function chunksOf(content: string): string[] {
  const chars = Array.from(content)
  const chunks: string[] = []
  for (let at = 0; at < chars.length; at += MAX_TEXT_CHARS) chunks.push(chars.slice(at, at + MAX_TEXT_CHARS).join(''))
  return chunks
}

/** The image as imgSecCheck accepts it: within 750 × 1334 and 1 MB, else a smaller JPEG copy. */
function checkCopy(bytes: Buffer, contentType: string): { value: Buffer; contentType: string } {
  const image = decodeImage(bytes)
  const fitted = fitWithin(image, CHECK_WIDTH, CHECK_HEIGHT)
  if (fitted === image && bytes.length <= CHECK_BYTES) return { value: bytes, contentType }
  return { value: encodeJpeg(fitted, 80), contentType: 'image/jpeg' }
}

export function wechatContentCheck(openapi: WxOpenApi): ContentCheckPort {
  return {
    async text({ content, openid, scene }) {
      if (!openid) throw new Error('msgSecCheck v2 needs the openid of the user who wrote the text')
      let worst: CheckVerdict = 'pass'
      for (const chunk of chunksOf(content)) {
        const answer = await openapi.security.msgSecCheck({ openid, scene, version: 2, content: chunk })
        if (answer.errCode) throw new Error(`msgSecCheck failed with errCode ${answer.errCode}`)
        const verdict = verdictOf(answer.result?.suggest)
        if (SEVERITY[verdict] > SEVERITY[worst]) worst = verdict
      }
      return worst
    },
    async image({ bytes, contentType }) {
      try {
        const answer = await openapi.security.imgSecCheck({ media: checkCopy(bytes, contentType) })
        if (answer.errCode === RISKY_CONTENT) return 'risky'
        if (answer.errCode) throw new Error(`imgSecCheck failed with errCode ${answer.errCode}`)
        return 'pass'
      } catch (error) {
        if (errCodeOf(error) === RISKY_CONTENT) return 'risky'
        throw error
      }
    },
  }
}

/** The port as a function's entry lists it (lazyPorts.ts). */
export const contentCheckPort: PortBuilder<'contentCheck'> = (sdk) => wechatContentCheck(sdk.openapi)
