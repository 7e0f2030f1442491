// Generated files (台账 workbooks) on the local host: each kept in its own folder under
// DATA_DIR/downloads, named by when it dies and a random part, and served at
// /downloads/<folder>/<file name> only until then — an unguessable, short-lived link, never a
// public file. Old folders are swept whenever a new file is offered.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import type { ServerResponse } from 'node:http'
import path from 'node:path'
import { DOWNLOAD_NAME_CHARS, DOWNLOAD_TTL_MS, type DownloadPort } from '../cloudfunctions/common/ports'
import { DIR_MODE, FILE_MODE } from './dataDir'

const FOLDER = /^(\d{13})-([0-9a-f]{32})$/
/** A file name as the product makes them (exportLedger's fileNameOf): DOWNLOAD_NAME_CHARS, one extension. */
const FILE_NAME = new RegExp(`^[${DOWNLOAD_NAME_CHARS}]{1,80}\\.(xlsx)$`, 'u')

export interface LocalDownloads extends DownloadPort {
  /** The file a /downloads/ path names while its link lives, else null. */
  resolve(urlPath: string): { file: string; fileName: string } | null
}

export function localDownloads(dataDir: string, now: () => number = Date.now): LocalDownloads {
  const root = path.resolve(dataDir, 'downloads')

  function sweep(): void {
    let folders: string[]
    try {
      folders = fs.readdirSync(root)
    } catch {
      return
    }
    for (const folder of folders) {
      const match = FOLDER.exec(folder)
      if (!match || Number(match[1]) <= now()) fs.rmSync(path.join(root, folder), { recursive: true, force: true })
    }
  }

  return {
    async offer({ fileName, bytes }) {
      if (!FILE_NAME.test(fileName)) throw new Error(`download file name not allowed: ${fileName}`)
      sweep()
      const expiresAt = new Date(now() + DOWNLOAD_TTL_MS)
      const folder = `${expiresAt.getTime()}-${randomBytes(16).toString('hex')}`
      fs.mkdirSync(path.join(root, folder), { recursive: true, mode: DIR_MODE })
      fs.writeFileSync(path.join(root, folder, fileName), bytes, { mode: FILE_MODE })
      return { url: `/downloads/${folder}/${encodeURIComponent(fileName)}`, expiresAt, ref: folder }
    },
    async remove(refs) {
      for (const folder of refs) if (FOLDER.test(folder)) fs.rmSync(path.join(root, folder), { recursive: true, force: true })
    },
    resolve(urlPath) {
      let decoded: string
      try {
        decoded = decodeURIComponent(urlPath)
      } catch {
        return null
      }
      const [folder, fileName, ...rest] = decoded.split('/')
      const match = folder ? FOLDER.exec(folder) : null
      if (!match || !fileName || rest.length > 0 || !FILE_NAME.test(fileName) || Number(match[1]) <= now()) return null
      const file = path.join(root, folder!, fileName)
      return fs.existsSync(file) ? { file, fileName } : null
    },
  }
}

const CONTENT_TYPE: Record<string, string> = { '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }

/** Sends it as an attachment under its Chinese name; never cached. */
export function sendDownload(res: ServerResponse, file: string, fileName: string): number {
  res.writeHead(200, {
    'content-type': CONTENT_TYPE[path.extname(file)] ?? 'application/octet-stream',
    'content-length': fs.statSync(file).size,
    'content-disposition': `attachment; filename="download${path.extname(file)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  fs.createReadStream(file).pipe(res)
  return 200
}
