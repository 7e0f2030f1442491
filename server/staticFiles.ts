// Serves files from a folder (the H5 build, uploaded and demo files) with the right
// content type, never outside that folder.
import fs from 'node:fs'
import type { ServerResponse } from 'node:http'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
}

/** Resolves `urlPath` inside `root`, or null when it escapes root or is not a file. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const full = path.resolve(root, '.' + path.posix.normalize('/' + decoded))
  if (full !== root && !full.startsWith(root + path.sep)) return null
  try {
    return fs.statSync(full).isFile() ? full : null
  } catch {
    return null
  }
}

/** Streams the file; returns the status sent. `index.html` is never cached. */
export function sendFile(res: ServerResponse, file: string): number {
  const ext = path.extname(file).toLowerCase()
  const size = fs.statSync(file).size
  res.writeHead(200, {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'content-length': size,
    'cache-control': ext === '.html' ? 'no-cache' : 'public, max-age=300',
    'x-content-type-options': 'nosniff',
  })
  fs.createReadStream(file).pipe(res)
  return 200
}
