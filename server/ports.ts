// The local host's adapters for the ports: a content check that passes everything but
// a deny-list (so tests can exercise refusals), public files under DATA_DIR/files, private
// document photos under DATA_DIR/private (which the host never serves), and
// QR codes that open the H5 board, notifications kept in the `outbox` collection, the
// dev tokens' sign-in generations (server/signIns.ts), and pictures prepared in worker
// threads (server/imagePool.ts).
import fs from 'node:fs/promises'
import path from 'node:path'
import { PNG } from 'pngjs'
import QRCode from 'qrcode'
import type { CheckVerdict, ContentCheckPort, DocumentPort, FilePort, NotifyPort, Ports, QrCodePort } from '../cloudfunctions/common/ports'
import { AppError } from '../cloudfunctions/common/errors'
import { createHash } from 'node:crypto'
import { localVault } from './vault'
import { localDownloads } from './downloads'
import { localSignIns } from './signIns'
import { sharedImagePool } from './imagePool'
import { DIR_MODE, FILE_MODE } from './dataDir'

export interface DenyList {
  /** text containing any of these is `risky`; containing a `review` word is held */
  riskyWords: string[]
  reviewWords: string[]
  /** sha256 (hex) of the checked bytes — the re-encoded JPEG — of images judged `risky` */
  riskyImageHashes: string[]
  /** the same for images held for a person to review */
  reviewImageHashes?: string[]
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
      if (deny.riskyImageHashes.includes(hash)) return 'risky'
      return deny.reviewImageHashes?.includes(hash) ? 'review' : 'pass'
    },
  }
}

export function localFiles(dataDir: string, baseUrl: () => string = () => ''): FilePort {
  const root = path.resolve(dataDir, 'files')
  const inside = (relative: string) => {
    const full = path.resolve(root, relative)
    if (!full.startsWith(root + path.sep)) throw new AppError('INVALID_INPUT', '文件路径无效')
    return full
  }
  return {
    async put({ path: relative, bytes }) {
      const full = inside(relative)
      await fs.mkdir(path.dirname(full), { recursive: true, mode: DIR_MODE })
      await fs.writeFile(full, bytes, { mode: FILE_MODE })
      return `/files/${relative}`
    },
    async get(ref) {
      if (!ref.startsWith('/files/')) throw new AppError('NOT_FOUND', '文件不存在')
      return fs.readFile(inside(ref.slice('/files/'.length)))
    },
    async links(refs) {
      return new Map(refs.map((ref) => [ref, ref.startsWith('/') ? `${baseUrl()}${ref}` : ref]))
    },
  }
}

/** The local host's private document photos: `/private/<orgId>/<name>`, kept in DATA_DIR/private, never served by the host. */
export function localDocuments(dataDir: string): DocumentPort {
  const root = path.resolve(dataDir, 'private')
  const fileOf = (ref: string) => {
    const match = ref.match(/^\/private\/([A-Za-z0-9_-]+)\/([A-Za-z0-9_-]+\.jpg)$/)
    if (!match) throw new AppError('NOT_FOUND', '文件不存在')
    return path.join(root, match[1], match[2])
  }
  return {
    async put({ orgId, name, bytes }) {
      const ref = `/private/${orgId}/${name}`
      const full = fileOf(ref)
      await fs.mkdir(path.dirname(full), { recursive: true, mode: DIR_MODE })
      await fs.writeFile(full, bytes, { mode: FILE_MODE })
      return ref
    },
    async get(ref) {
      try {
        return await fs.readFile(fileOf(ref))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('NOT_FOUND', '文件不存在')
        throw error
      }
    },
    // H5 sends the photo inline: there is no uploaded file to delete
    async discardUpload() {},
  }
}

/** At least this many pixels across, quiet zone included: sharp on an A4 poster. */
const QR_MIN_SIDE = 512
/** The quiet zone around a QR code, in modules (the standard asks for 4). */
const QR_MARGIN = 4

/**
 * A QR code as a black-on-white greyscale PNG (≈ 8 KB). Drawn here rather than by
 * qrcode's own PNG writer so PNG filtering can be switched off: pngjs's adaptive
 * filtering takes seconds per code under the test runner, and buys little here.
 */
export function qrPng(text: string): Buffer {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const cells = modules.size + 2 * QR_MARGIN
  const scale = Math.ceil(QR_MIN_SIDE / cells)
  const side = cells * scale
  const grey = Buffer.alloc(side * side, 255)
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue
      for (let y = (row + QR_MARGIN) * scale; y < (row + QR_MARGIN + 1) * scale; y++) {
        const start = y * side + (col + QR_MARGIN) * scale
        grey.fill(0, start, start + scale)
      }
    }
  }
  const png = new PNG({ width: side, height: side })
  png.data = grey
  return PNG.sync.write(png, { filterType: 0, colorType: 0, inputColorType: 0, inputHasAlpha: false })
}

/** QR codes of H5 URLs: `<baseUrl>/#/<page>?scene=<scene>`. */
export function localQrCodes(baseUrl: () => string): QrCodePort {
  return {
    boardCode: async ({ scene, page }) => qrPng(`${baseUrl()}/#/${page.replace(/^\/+/, '')}?scene=${encodeURIComponent(scene)}`),
  }
}

/** Notifications as `outbox` documents: what a user's 消息 list shows on the local host. */
/** The local host has no WeChat to send through: the message is already in the outbox (common/notify.ts). */
export function localNotify(log: (line: string) => void = () => {}): NotifyPort {
  return {
    unavailable: () => null,
    async send({ openid, template, phrase }) {
      log(`notify ${template} → ${openid}: ${phrase}`)
      return 'sent'
    },
  }
}

export function localPorts(dataDir: string, baseUrl: () => string, deny: DenyList): Ports {
  return {
    contentCheck: localContentCheck(deny),
    files: localFiles(dataDir, baseUrl),
    downloads: localDownloads(dataDir),
    documents: localDocuments(dataDir),
    qrcode: localQrCodes(baseUrl),
    notify: localNotify(),
    vault: localVault(dataDir),
    signIns: localSignIns(dataDir),
    images: sharedImagePool(),
  }
}
