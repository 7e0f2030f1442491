// Generated files on the local host: an unguessable link that serves the file as an
// attachment under its Chinese name until it dies, then 404 with the reason; old files swept.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DOWNLOAD_TTL_MS } from '../../cloudfunctions/common/ports'
import { localDownloads } from '../../server/downloads'
import { startHost, type RunningHost } from '../../server/host'
import { testServices } from '../fixtures/services'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

describe('localDownloads', () => {
  let dataDir: string
  let clock = 1_800_000_000_000
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'downloads-'))
  })

  test('a link lives DOWNLOAD_TTL_MS and no longer; an expired folder is swept at the next offer', async () => {
    const downloads = localDownloads(dataDir, () => clock)
    const { url, expiresAt } = await downloads.offer({ folder: 'org1', fileName: '幸福社区妇联执委花名册.xlsx', bytes: Buffer.from('one'), contentType: XLSX })
    expect(expiresAt.getTime()).toBe(clock + DOWNLOAD_TTL_MS)
    expect(url).toMatch(/^\/downloads\/\d{13}-[0-9a-f]{32}\/.+\.xlsx$/)
    const rest = url.slice('/downloads/'.length)
    expect(downloads.resolve(rest)?.fileName).toBe('幸福社区妇联执委花名册.xlsx')
    clock += DOWNLOAD_TTL_MS - 1
    expect(downloads.resolve(rest)).not.toBeNull()
    clock += 1
    expect(downloads.resolve(rest)).toBeNull()
    await downloads.offer({ folder: 'org1', fileName: '活动台账.xlsx', bytes: Buffer.from('two'), contentType: XLSX })
    expect(fs.readdirSync(path.join(dataDir, 'downloads'))).toHaveLength(1)
  })

  test.each([
    ['a forged expiry', (rest: string) => rest.replace(/^\d{13}/, '9999999999999')],
    ['a way out of the folder', (rest: string) => `${rest.split('/')[0]}/..%2F..%2Fsecret.xlsx`],
    ['another name in the folder', (rest: string) => `${rest.split('/')[0]}/别的.xlsx`],
    ['a deeper path', (rest: string) => `${rest}/x`],
    ['no folder', () => '幸福社区妇联执委花名册.xlsx'],
  ])('%s finds nothing', async (_label, tamper) => {
    const downloads = localDownloads(dataDir, () => clock)
    const { url } = await downloads.offer({ folder: 'org1', fileName: '幸福社区妇联执委花名册.xlsx', bytes: Buffer.from('one'), contentType: XLSX })
    expect(downloads.resolve(tamper(url.slice('/downloads/'.length)))).toBeNull()
  })

  test('a file name outside the product’s own is refused before anything is written', async () => {
    const downloads = localDownloads(dataDir, () => clock)
    await expect(downloads.offer({ folder: 'org1', fileName: '../x.xlsx', bytes: Buffer.from(''), contentType: XLSX })).rejects.toThrow('not allowed')
    await expect(downloads.offer({ folder: 'org1', fileName: 'x.html', bytes: Buffer.from(''), contentType: XLSX })).rejects.toThrow('not allowed')
    expect(fs.existsSync(path.join(dataDir, 'downloads'))).toBe(false)
  })
})

describe('the host serves a download', () => {
  let host: RunningHost
  let dataDir: string
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'downloads-host-'))
    host = await startHost({ port: 0, host: '127.0.0.1', dataDir, staticDir: null, services: await testServices(), devLogin: 'loopback', logLine: () => {} })
  })
  afterAll(() => host.close())

  test('as an attachment under its Chinese name, never cached; an unknown link is 404 with the reason', async () => {
    const { url } = await localDownloads(dataDir).offer({ folder: 'org1', fileName: '幸福社区妇联执委花名册.xlsx', bytes: Buffer.from('PK-bytes'), contentType: XLSX })
    const res = await fetch(`${host.url}${url}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(XLSX)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="download.xlsx"; filename*=UTF-8''${encodeURIComponent('幸福社区妇联执委花名册.xlsx')}`)
    expect(Buffer.from(await res.arrayBuffer()).toString()).toBe('PK-bytes')
    const gone = await fetch(`${host.url}/downloads/1800000000000-${'0'.repeat(32)}/x.xlsx`)
    expect(gone.status).toBe(404)
    expect((await gone.json()).error.message).toBe('下载链接已失效，请回到页面重新导出')
  })
})
