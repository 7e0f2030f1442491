// Serves files from a folder (the H5 build, uploaded and demo files) with the right
// content type, never outside that folder. The H5 build's files go out compressed when
// the browser accepts it (the build writes a .br and a .gz copy beside each text file,
// config/firstScreen.ts), and those whose name carries their content's hash are kept by
// the browser for a year: a new build gives a changed file a new name.
import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
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

/** `app.1a2b3c4d.js`: the build names a file by its content's hash (config/index.ts `[contenthash:8]`). */
const HASHED_NAME = /\.[0-9a-f]{8,}\.[a-z0-9]+$/i
const IMMUTABLE = 'public, max-age=31536000, immutable'
/** The copies the build writes beside a file, best first, by their Content-Encoding. */
const ENCODINGS = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const

/** Content codings the request accepts: `br;q=1.0, gzip, *;q=0` → which of ours it takes. */
export function acceptedCodings(header: string | undefined): Set<string> {
  const weights = new Map<string, number>()
  for (const part of (header ?? '').split(',')) {
    const [rawName, ...params] = part.toLowerCase().split(';')
    const name = rawName.trim()
    if (!name) continue
    const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)).find(Boolean)
    weights.set(name, q ? Number(q[1]) : 1)
  }
  const wildcard = weights.get('*')
  return new Set(ENCODINGS.map((e) => e.coding).filter((coding) => (weights.get(coding) ?? wildcard ?? 0) > 0))
}

/** The precompressed copy of `file` to send, if the request accepts one (each build starts from an empty folder: a copy is of its file). */
function compressedCopy(file: string, accepted: Set<string>): { coding: string; path: string; size: number } | null {
  for (const { coding, suffix } of ENCODINGS) {
    if (!accepted.has(coding)) continue
    try {
      const copy = fs.statSync(file + suffix)
      if (copy.isFile()) return { coding, path: file + suffix, size: copy.size }
    } catch {
      // no copy in this coding
    }
  }
  return null
}

const matchesEtag = (header: string | undefined, etag: string) => header !== undefined && header.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')

const hasCopy = (file: string) => ENCODINGS.some(({ suffix }) => fs.existsSync(file + suffix))

/**
 * Streams a file of the H5 build; returns the status sent. Hashed names are immutable for
 * a year; every other file (index.html first) is revalidated on each use (`no-cache`),
 * answered 304 when unchanged.
 */
export function sendBuildFile(req: IncomingMessage, res: ServerResponse, file: string): number {
  const stat = fs.statSync(file)
  const ext = path.extname(file).toLowerCase()
  const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`
  const headers: Record<string, string | number> = {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': HASHED_NAME.test(path.basename(file)) ? IMMUTABLE : 'no-cache',
    etag,
    'x-content-type-options': 'nosniff',
  }
  if (hasCopy(file)) headers.vary = 'Accept-Encoding'
  if (matchesEtag(req.headers['if-none-match'], etag)) {
    res.writeHead(304, headers)
    res.end()
    return 304
  }
  const copy = compressedCopy(file, acceptedCodings(req.headers['accept-encoding']))
  if (copy) headers['content-encoding'] = copy.coding
  headers['content-length'] = copy ? copy.size : stat.size
  res.writeHead(200, headers)
  fs.createReadStream(copy ? copy.path : file).pipe(res)
  return 200
}
