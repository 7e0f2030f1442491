// org.uploadImage: staff upload 标识, photos and activity pictures. Real PNG/JPEG only,
// re-encoded and shrunk, content-checked before anything is stored; a refused file
// leaves the store and the files directory exactly as they were.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import * as jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import { MAX_IMAGE_BYTES, type AuditDoc } from '../../../types'
import type { ActionInput } from '../../../types/contracts'
import { prepareImage } from '../../../cloudfunctions/common/imageCodec'
import type { Ports } from '../../../cloudfunctions/common/ports'
import { MAX_SIDE } from '../../../cloudfunctions/org/handlers/uploadImage'
import type { DenyList } from '../../../server/ports'
import { testServices, type TestServices } from '../../fixtures/services'
import { snapshotStore } from '../../fixtures/snapshot'
import { seedConsoleTree, type CallerName } from './fixtures/consoleTree'
import { createCaller } from '../../fixtures/caller'

type Paint = (x: number, y: number) => [number, number, number, number]
function pixels(width: number, height: number, paint: Paint): Buffer {
  const data = Buffer.alloc(width * height * 4)
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(paint(x, y), (y * width + x) * 4)
  return data
}
const pngOf = (width: number, height: number, paint: Paint = () => [90, 140, 200, 255]) => {
  const png = new PNG({ width, height })
  png.data = pixels(width, height, paint)
  return PNG.sync.write(png, { filterType: 0 })
}
const jpegOf = (width: number, height: number) => jpeg.encode({ width, height, data: pixels(width, height, (x, y) => [x % 256, y % 256, 120, 255]) }, 90).data
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

let services: TestServices
async function servicesWith(deny?: DenyList): Promise<TestServices> {
  const made = await testServices('2026-11-23T02:00:00.000Z', undefined, deny)
  await seedConsoleTree(made.store, made.clock.now())
  return made
}
beforeEach(async () => {
  services = await servicesWith()
})

type Upload = ActionInput<'org', 'uploadImage'>
const inline = (bytes: Buffer, purpose: Upload['purpose'] = 'photo'): Upload => ({ orgId: 'comm', purpose, source: { kind: 'inline', dataBase64: bytes.toString('base64') } })
const upload = (bytes: Buffer, purpose: Upload['purpose'] = 'photo', who: CallerName = 'chair', on: TestServices = services) =>
  createCaller('org', on, who).reply('uploadImage', inline(bytes, purpose))
const uploaded = (bytes: Buffer, purpose: Upload['purpose'], on: TestServices = services) => createCaller('org', on, 'chair').uploadImage(inline(bytes, purpose))
const stored = (url: string, on: TestServices = services) => fs.readFileSync(path.join(on.dataDir, url))
const filesIn = (on: TestServices) => (fs.existsSync(path.join(on.dataDir, 'files')) ? fs.readdirSync(path.join(on.dataDir, 'files'), { recursive: true }).map(String).sort() : [])

/** Expects the call refused with `expected`, and that it left no trace. */
async function expectRefusedWithoutTrace(attempt: () => Promise<unknown>, expected: object, on: TestServices = services) {
  const [store, files] = [await snapshotStore(on.store), filesIn(on)]
  expect(await attempt()).toMatchObject({ ok: false, error: expected })
  expect(await snapshotStore(on.store)).toEqual(store)
  expect(filesIn(on)).toEqual(files)
}

test('a PNG logo becomes a JPEG no wider than 800 px, stored under the org, and audited', async () => {
  const result = await uploaded(pngOf(1000, 400), 'logo')
  expect(result).toMatchObject({ width: 800, height: 320, url: expect.stringMatching(/^\/files\/uploads\/comm\/logo\/[0-9a-f]{32}\.jpg$/) })
  const file = stored(result.url)
  expect(file.length).toBe(result.bytes)
  expect(jpeg.decode(file)).toMatchObject({ width: 800, height: 320 })
  const [entry] = await services.store.find<AuditDoc>('audit', { action: 'uploadImage' })
  expect(entry).toMatchObject({ actorName: '李主席', summary: '上传了妇联标识（800×320）', target: { collection: 'files', id: result.url } })
})

test('a JPEG activity photo is kept up to 1280 px; a small photo is not enlarged', async () => {
  const activity = await uploaded(jpegOf(1360, 510), 'activity')
  expect(activity).toMatchObject({ width: 1280, height: 480 })
  expect(jpeg.decode(stored(activity.url))).toMatchObject({ width: 1280, height: 480 })
  const photo = await uploaded(jpegOf(300, 400), 'photo')
  expect(photo).toMatchObject({ width: 300, height: 400 })
  expect(Math.max(activity.width, activity.height)).toBeLessThanOrEqual(MAX_SIDE.activity)
})

test('a text file renamed .png is refused, naming the file, and changes nothing', async () => {
  const text = Buffer.from('这不是图片，只是改了扩展名的文本文件 photo.png')
  const message = '只支持 JPG 或 PNG 图片'
  await expectRefusedWithoutTrace(() => upload(text), { code: 'INVALID_INPUT', message, issues: [{ field: 'source', message }] })
})

test('a file over 700 KB is refused by the contract inline, and by the handler from cloud storage', async () => {
  const big = Buffer.concat([pngOf(8, 8), Buffer.alloc(MAX_IMAGE_BYTES + 100, 1)])
  await expectRefusedWithoutTrace(() => upload(big), { code: 'INVALID_INPUT' })
  const ports: Ports = { ...services.ports, files: { ...services.ports.files, get: async () => big } }
  const fileID = 'cloud://env-1.bucket/uploads/comm/photo/big.png'
  const viaCloud = { ...services, ports }
  await expectRefusedWithoutTrace(
    () => createCaller('org', viaCloud, 'chair').reply('uploadImage', { orgId: 'comm', purpose: 'photo', source: { kind: 'cloudFile', fileID } }),
    { code: 'INVALID_INPUT', message: '图片太大，请选择 700 KB 以内的图片' },
    viaCloud,
  )
})

test('a risky image on the deny-list is refused and nothing is stored', async () => {
  const image = pngOf(200, 100, (x) => [x, 0, 0, 255])
  const denying = await servicesWith({ riskyWords: [], reviewWords: [], riskyImageHashes: [sha256(prepareImage(image, MAX_SIDE.photo).bytes)] })
  await expectRefusedWithoutTrace(() => upload(image, 'photo', 'chair', denying), { code: 'CONTENT_REJECTED', message: '图片未通过内容安全检查' }, denying)
  expect((await upload(pngOf(200, 100), 'photo', 'chair', denying)).ok).toBe(true)
})

test('an image held for review is not made public either', async () => {
  const image = jpegOf(120, 90)
  const holding = await servicesWith({ riskyWords: [], reviewWords: [], riskyImageHashes: [], reviewImageHashes: [sha256(prepareImage(image, MAX_SIDE.activity).bytes)] })
  await expectRefusedWithoutTrace(() => upload(image, 'activity', 'chair', holding), { code: 'CONTENT_REJECTED' }, holding)
})

test('a content check that fails is a clear error, never a pass', async () => {
  const ports: Ports = { ...services.ports, contentCheck: { ...services.ports.contentCheck, image: async () => Promise.reject(new Error('errCode -1 system busy')) } }
  const failing = { ...services, ports }
  await expectRefusedWithoutTrace(() => upload(pngOf(20, 20), 'photo', 'chair', failing), { code: 'INTERNAL', message: '图片安全检查暂时不可用，请稍后再试' }, failing)
})

test('the check sees the re-encoded JPEG and the uploader', async () => {
  const seen: Array<{ contentType: string; openid: string | null; jpeg: boolean }> = []
  const ports: Ports = {
    ...services.ports,
    contentCheck: {
      ...services.ports.contentCheck,
      image: async ({ bytes, contentType, openid }) => (seen.push({ contentType, openid, jpeg: bytes[0] === 0xff && bytes[1] === 0xd8 }), 'pass'),
    },
  }
  await uploaded(pngOf(20, 20), 'photo', { ...services, ports })
  expect(seen).toEqual([{ contentType: 'image/jpeg', openid: 'oid-chair', jpeg: true }])
})

test('a member may upload a photo, not a logo or activity picture; a resident nothing', async () => {
  expect((await upload(pngOf(20, 20), 'photo', 'member')).ok).toBe(true)
  for (const purpose of ['logo', 'activity'] as const) {
    expect(await upload(pngOf(20, 20), purpose, 'member')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '成员只能上传自己的照片' } })
  }
  expect(await services.store.count('audit', { action: 'uploadImage', outcome: 'refused' })).toBe(2)
  expect(await upload(pngOf(20, 20), 'photo', 'resident')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(await upload(pngOf(20, 20), 'photo', 'ancestorChair')).toMatchObject({ ok: true })
})

test('from cloud storage: a file under this org’s uploads is read; another org’s is refused unread', async () => {
  const read: string[] = []
  const ports: Ports = { ...services.ports, files: { ...services.ports.files, get: async (ref) => (read.push(ref), pngOf(30, 30)) } }
  const viaCloud = { ...services, ports }
  const fromCloud = (fileID: string) => createCaller('org', viaCloud, 'chair').reply('uploadImage', { orgId: 'comm', purpose: 'photo', source: { kind: 'cloudFile', fileID } })
  expect(await fromCloud('cloud://env-1.bucket/uploads/comm/photo/a.jpg')).toMatchObject({ ok: true, data: { width: 30, height: 30 } })
  for (const fileID of [
    'cloud://env-1.bucket/uploads/comm2/photo/a.jpg',
    'cloud://env-1.bucket/qr/hp-comm.png',
    'cloud://env-1.bucket/uploads/comm',
    'cloud://env-1.bucket/uploads/comm/../comm2/photo/a.jpg',
  ]) {
    // a path with `..` is refused by the contract itself, naming the field
    expect(await fromCloud(fileID)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('图片地址无效，请重新上传') } })
  }
  expect(read).toEqual(['cloud://env-1.bucket/uploads/comm/photo/a.jpg'])
})

test('a cloud file that cannot be read is NOT_FOUND in Chinese', async () => {
  const ports: Ports = { ...services.ports, files: { ...services.ports.files, get: async () => Promise.reject(new Error('STORAGE_FILE_NONEXIST')) } }
  const result = await createCaller('org', { ...services, ports }, 'chair').reply('uploadImage', {
    orgId: 'comm',
    purpose: 'photo',
    source: { kind: 'cloudFile', fileID: 'cloud://env-1.bucket/uploads/comm/photo/gone.jpg' },
  })
  expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到上传的图片，请重新上传' } })
})
