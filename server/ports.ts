// The local host's adapters for the ports: a content check that passes everything but
// a deny-list (so tests can exercise refusals), public files under DATA_DIR/files, and
// QR codes that open the H5 board.
import fs from 'node:fs/promises'
import path from 'node:path'
import QRCode from 'qrcode'
import type { CheckVerdict, ContentCheckPort, FilePort, Ports, QrCodePort } from '../cloudfunctions/common/ports'
import { AppError } from '../cloudfunctions/common/errors'
import { createHash } from 'node:crypto'

export interface DenyList {
  /** text containing any of these is `risky`; containing a `review` word is held */
  riskyWords: string[]
  reviewWords: string[]
  /** sha256 (hex) of images judged `risky` */
  riskyImageHashes: string[]
}

export const EMPTY_DENY_LIST: DenyList = { riskyWords: [], reviewWords: [], riskyImageHashes: [] }

export function localContentCheck(deny: DenyList = EMPTY_DENY_LIST): ContentCheckPort {
  return {
    async text({ content }): Promise<CheckVerdict> {
      if (deny.riskyWords.some((word) => content.includes(word))) return 'risky'
      if (deny.reviewWords.some((word) => content.includes(word))) return 'review'
      return 'pass'
    },
    async image({ bytes }): Promise<CheckVerdict> {
      const hash = createHash('sha256').update(bytes).digest('hex')
      return deny.riskyImageHashes.includes(hash) ? 'risky' : 'pass'
    },
  }
}

export function localFiles(dataDir: string): FilePort {
  const root = path.resolve(dataDir, 'files')
  const inside = (relative: string) => {
    const full = path.resolve(root, relative)
    if (!full.startsWith(root + path.sep)) throw new AppError('INVALID_INPUT', '文件路径无效')
    return full
  }
  return {
    async put({ path: relative, bytes }) {
      const full = inside(relative)
      await fs.mkdir(path.dirname(full), { recursive: true })
      await fs.writeFile(full, bytes)
      return `/files/${relative}`
    },
    async get(ref) {
      if (!ref.startsWith('/files/')) throw new AppError('NOT_FOUND', '文件不存在')
      return fs.readFile(inside(ref.slice('/files/'.length)))
    },
  }
}

/** QR codes of H5 URLs: `<baseUrl>/#/<page>?scene=<scene>`. */
export function localQrCodes(baseUrl: () => string): QrCodePort {
  return {
    boardCode: ({ scene, page }) =>
      QRCode.toBuffer(`${baseUrl()}/#/${page}?scene=${encodeURIComponent(scene)}`, { type: 'png', margin: 2, width: 512, errorCorrectionLevel: 'M' }),
  }
}

export function localPorts(dataDir: string, baseUrl: () => string, deny: DenyList = EMPTY_DENY_LIST): Ports {
  return { contentCheck: localContentCheck(deny), files: localFiles(dataDir), qrcode: localQrCodes(baseUrl) }
}
