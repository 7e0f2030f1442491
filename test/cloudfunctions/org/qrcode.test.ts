// org.qrcode: staff download the 妇女之家 code; locally it is a PNG QR code of the H5
// board URL with the org code as scene, stored under one file name per org.
import fs from 'node:fs'
import path from 'node:path'
import { PNG } from 'pngjs'
import type { Ports } from '../../../cloudfunctions/common/ports'
import type { TestServices } from '../../fixtures/services'
import { consoleServices, type CallerName } from './fixtures/consoleTree'
import { createCaller, type Who } from '../../fixtures/caller'

/** qrcode-reader is already installed (miniprogram-automator reads codes with it); it has no types. */
interface QrReader {
  callback: (error: unknown, value: { result: string } | undefined) => void
  decode(bitmap: { width: number; height: number; data: Buffer }): void
}
const QrCodeReader = require('qrcode-reader') as new () => QrReader

function readQr(png: Buffer): Promise<string> {
  const { width, height, data } = PNG.sync.read(png)
  return new Promise((resolve, reject) => {
    const reader = new QrCodeReader()
    reader.callback = (error, value) => (error || !value ? reject(error) : resolve(value.result))
    reader.decode({ width, height, data })
  })
}

let services: TestServices
const orgAs = (who: Who) => createCaller('org', services, who)
beforeEach(async () => {
  services = await consoleServices()
})

const qrcode = (who: CallerName = 'chair', orgId = 'comm') => orgAs(who).reply('qrcode', { orgId })
const fileOf = (url: string) => path.join(services.dataDir, url)
const qrFiles = () => fs.readdirSync(path.join(services.dataDir, 'files', 'qr'))

test('is a PNG that opens the H5 board of this org', async () => {
  const result = await orgAs('chair').qrcode({ orgId: 'comm' })
  expect(result).toEqual({ url: '/files/qr/hp-comm.png', scene: 'hp-comm', page: 'pages/board/index' })
  const png = fs.readFileSync(fileOf(result.url))
  expect(PNG.sync.read(png).width).toBeGreaterThanOrEqual(256)
  expect(await readQr(png)).toBe('http://127.0.0.1:8080/#/pages/board/index?scene=hp-comm')
})

test('asking again replaces the same file', async () => {
  await orgAs('chair').qrcode({ orgId: 'comm' })
  await orgAs('viceChair').qrcode({ orgId: 'comm' })
  expect(qrFiles()).toEqual(['hp-comm.png'])
})

test('any staff may download it — a member and the street chair too; a resident or another org’s chair may not', async () => {
  for (const who of ['member', 'ancestorChair'] as const) expect((await qrcode(who)).ok).toBe(true)
  for (const who of ['resident', 'unrelatedChair'] as const) expect(await qrcode(who)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(await qrcode('chair', 'nowhere')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
})

test('a code with characters unfit for a file name still scans to itself, under a safe file name', async () => {
  await services.store.update('orgs', { _id: 'comm' }, { $set: { code: 'hp/comm!1' } })
  const result = await orgAs('chair').qrcode({ orgId: 'comm' })
  expect(result.scene).toBe('hp/comm!1')
  expect(result.url).toMatch(/^\/files\/qr\/[0-9a-f]{24}\.png$/)
  expect(await readQr(fs.readFileSync(fileOf(result.url)))).toBe('http://127.0.0.1:8080/#/pages/board/index?scene=hp%2Fcomm!1')
})

test('the code service failing is a clear error, and no file is written', async () => {
  const ports: Ports = { ...services.ports, qrcode: { boardCode: async () => Promise.reject(new Error('errCode 45009')) } }
  expect(await createCaller('org', { ...services, ports }, 'chair').reply('qrcode', { orgId: 'comm' })).toMatchObject({
    ok: false,
    error: { code: 'INTERNAL', message: '生成二维码失败，请稍后再试' },
  })
  expect(fs.existsSync(path.join(services.dataDir, 'files', 'qr'))).toBe(false)
})

test('the port is asked for the board page without a leading slash and the org code as scene', async () => {
  const asked: Array<{ scene: string; page: string }> = []
  const png = new PNG({ width: 1, height: 1 })
  const ports: Ports = { ...services.ports, qrcode: { boardCode: async (input) => (asked.push(input), PNG.sync.write(png)) } }
  await createCaller('org', { ...services, ports }, 'chair').qrcode({ orgId: 'comm' })
  expect(asked).toEqual([{ scene: 'hp-comm', page: 'pages/board/index' }])
})
