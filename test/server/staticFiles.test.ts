// The H5 build as the local host serves it: the precompressed copy a browser accepts
// (brotli first, then gzip, never one it refused), `Vary: Accept-Encoding`, a year of
// caching for hashed names and revalidation for the rest (index.html first), and
// uploaded files kept as they were.
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { startHost, type RunningHost } from '../../server/host'
import { acceptedCodings } from '../../server/staticFiles'
import { testServices } from '../fixtures/services'

let host: RunningHost
const SCRIPT = 'console.log("亮牌");\n'.repeat(200)
const PAGE = '<!doctype html><title>妇联亮牌</title>'

interface Raw {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

/** A GET with exactly these headers (fetch would add its own Accept-Encoding and decode the body). */
function get(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .get(`${host.url}${url}`, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
}

function writeWithCopies(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text)
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(text))
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(text))
}

beforeAll(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-'))
  const staticDir = path.join(dataDir, 'h5')
  writeWithCopies(path.join(staticDir, 'index.html'), PAGE)
  writeWithCopies(path.join(staticDir, 'js', 'app.1a2b3c4d.js'), SCRIPT)
  fs.writeFileSync(path.join(staticDir, 'js', 'app.1a2b3c4d.js.LICENSE.txt'), 'MIT')
  fs.mkdirSync(path.join(dataDir, 'files', 'demo'), { recursive: true })
  fs.writeFileSync(path.join(dataDir, 'files', 'demo', 'a.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  const services = await testServices()
  host = await startHost({ port: 0, host: '127.0.0.1', dataDir, staticDir, services, devLogin: 'loopback', logLine: () => undefined })
})

afterAll(() => host.close(), 15_000)

describe('compressed transfer', () => {
  test('a browser that takes brotli gets the brotli copy, with its length and the type of the file', async () => {
    const res = await get('/js/app.1a2b3c4d.js', { 'accept-encoding': 'gzip, deflate, br' })
    expect(res.status).toBe(200)
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.headers['content-type']).toBe('application/javascript; charset=utf-8')
    expect(res.headers.vary).toBe('Accept-Encoding')
    expect(Number(res.headers['content-length'])).toBe(res.body.length)
    expect(res.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 10)
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(SCRIPT)
  })

  test('one that takes gzip only, or refuses brotli, gets the gzip copy', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip;q=0.8']) {
      const res = await get('/js/app.1a2b3c4d.js', { 'accept-encoding': accept })
      expect(res.headers['content-encoding']).toBe('gzip')
      expect(zlib.gunzipSync(res.body).toString()).toBe(SCRIPT)
    }
  })

  test('one that asks for no coding, or refuses both, gets the file itself, still told the answer varies', async () => {
    const asked: Record<string, string>[] = [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'br;q=0, gzip;q=0, *;q=1' }]
    for (const headers of asked) {
      const res = await get('/js/app.1a2b3c4d.js', headers)
      expect(res.headers['content-encoding']).toBeUndefined()
      expect(res.headers.vary).toBe('Accept-Encoding')
      expect(res.body.toString()).toBe(SCRIPT)
      expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(SCRIPT))
    }
  })

  test('index.html at / comes compressed too; a file with no copies is sent as it is, with no Vary', async () => {
    const page = await get('/', { 'accept-encoding': 'br' })
    expect(page.headers['content-encoding']).toBe('br')
    expect(zlib.brotliDecompressSync(page.body).toString()).toBe(PAGE)
    const license = await get('/js/app.1a2b3c4d.js.LICENSE.txt', { 'accept-encoding': 'br, gzip' })
    expect(license.headers['content-encoding']).toBeUndefined()
    expect(license.headers.vary).toBeUndefined()
    expect(license.body.toString()).toBe('MIT')
  })

  test.each([
    ['gzip, deflate, br', ['br', 'gzip']],
    ['br;q=0', []],
    ['*', ['br', 'gzip']],
    ['*;q=0.5, gzip;q=0', ['br']],
    ['GZIP ; q=1.0', ['gzip']],
    ['', []],
  ])('Accept-Encoding %j takes %j', (header, codings) => {
    expect([...acceptedCodings(header)].sort()).toEqual([...codings].sort())
  })
})

describe('caching', () => {
  test('a hashed name is kept for a year, unchanged', async () => {
    const res = await get('/js/app.1a2b3c4d.js')
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  test('index.html and unhashed files are checked again on every use, and answered 304 when unchanged', async () => {
    for (const url of ['/', '/index.html', '/js/app.1a2b3c4d.js.LICENSE.txt']) {
      const first = await get(url, { 'accept-encoding': 'br' })
      expect(first.headers['cache-control']).toBe('no-cache')
      expect(first.headers.etag).toMatch(/^W\/".+"$/)
      const again = await get(url, { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) })
      expect(again.status).toBe(304)
      expect(again.body.length).toBe(0)
      const other = await get(url, { 'if-none-match': 'W/"something-else"' })
      expect(other.status).toBe(200)
    }
  })

  test('uploaded and demo files keep their short caching and are never compressed', async () => {
    const res = await get('/files/demo/a.png', { 'accept-encoding': 'br, gzip' })
    expect(res.status).toBe(200)
    expect(res.headers['cache-control']).toBe('public, max-age=300')
    expect(res.headers['content-encoding']).toBeUndefined()
  })
})
