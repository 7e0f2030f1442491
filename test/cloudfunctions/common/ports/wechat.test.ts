// The WeChat adapters of the ports, against fake SDK objects that record every call:
// the exact arguments each open API and storage call gets, how answers map to
// verdicts, and that service errors throw instead of passing. Nothing reaches the network.
import * as jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import { sniffImage } from '../../../../cloudfunctions/common/imageCodec'
import { DOWNLOAD_TTL_MS } from '../../../../cloudfunctions/common/ports'
import { wechatPorts, wxacodeEnvVersion } from '../../../../cloudfunctions/common/ports/wechat'
import { wechatDownloads } from '../../../../cloudfunctions/common/ports/wechatDownloads'
import { MAX_TEXT_CHARS, RISKY_CONTENT } from '../../../../cloudfunctions/common/ports/wechatContentCheck'
import { DOCUMENT_REF_PATTERN, imageRef } from '../../../../types'
import type { MsgSecCheckResult, WxacodeResult, WxOpenSdk } from '../../../../cloudfunctions/common/ports/wechatSdk'

interface Call {
  api: string
  input: unknown
}

/** SDK errors carry errCode and errMsg (CloudSDKError). */
const sdkError = (errCode: number, errMsg: string) => Object.assign(new Error(errMsg), { errCode, errMsg })

function fakeSdk(answers: { msg?: (content: string) => MsgSecCheckResult; img?: () => Promise<{ errCode?: number }>; qr?: () => WxacodeResult } = {}) {
  const calls: Call[] = []
  const record = (api: string, input: unknown) => calls.push({ api, input })
  const sdk: WxOpenSdk = {
    openapi: {
      security: {
        msgSecCheck: async (input) => (record('security.msgSecCheck', input), answers.msg?.(input.content) ?? { errCode: 0, result: { suggest: 'pass', label: 100 } }),
        imgSecCheck: async (input) => (record('security.imgSecCheck', input), answers.img ? answers.img() : { errCode: 0 }),
      },
      wxacode: { getUnlimited: async (input) => (record('wxacode.getUnlimited', input), answers.qr?.() ?? { errCode: 0, contentType: 'image/png', buffer: pngOf(4, 4) }) },
    },
    uploadFile: async (input) => (record('uploadFile', input), { fileID: `cloud://env-1.bucket/${input.cloudPath}` }),
    downloadFile: async (input) => (record('downloadFile', input), { fileContent: Buffer.from('stored bytes') }),
    deleteFile: async (input) => (record('deleteFile', input), { fileList: input.fileList.map((fileID) => ({ fileID, status: 0 })) }),
    getTempFileURL: async (input) => (
      record('getTempFileURL', input),
      { fileList: input.fileList.map(({ fileID }) => ({ fileID, status: 0, tempFileURL: `https://tmp.example/${fileID.slice('cloud://'.length)}?sign=x` })) }
    ),
  }
  return { ports: wechatPorts(sdk), calls }
}

function pngOf(width: number, height: number): Buffer {
  const png = new PNG({ width, height })
  png.data.fill(200)
  return PNG.sync.write(png, { filterType: 0 })
}
const jpegOf = (width: number, height: number) => jpeg.encode({ width, height, data: Buffer.alloc(width * height * 4, 180) }, 80).data

describe('text: security.msgSecCheck v2', () => {
  test('sends openid, scene, version 2 and the content, and maps suggest to the verdict', async () => {
    for (const suggest of ['pass', 'review', 'risky'] as const) {
      const { ports, calls } = fakeSdk({ msg: () => ({ errCode: 0, result: { suggest, label: 100 } }) })
      expect(await ports.contentCheck.text({ content: '幸福社区活动', openid: 'oid-1', scene: 2 })).toBe(suggest)
      expect(calls).toEqual([{ api: 'security.msgSecCheck', input: { openid: 'oid-1', scene: 2, version: 2, content: '幸福社区活动' } }])
    }
  })

  test('a long text is checked 2500 characters at a time, and the worst verdict wins', async () => {
    const content = '好'.repeat(MAX_TEXT_CHARS) + '坏' + '好'.repeat(10)
    const { ports, calls } = fakeSdk({ msg: (chunk) => ({ result: { suggest: chunk.includes('坏') ? 'risky' : 'pass' } }) })
    expect(await ports.contentCheck.text({ content, openid: 'oid-1', scene: 1 })).toBe('risky')
    expect(calls.map((call) => Array.from((call.input as { content: string }).content).length)).toEqual([MAX_TEXT_CHARS, 11])
  })

  test('without an openid, with an unknown suggest or a failed call, it throws rather than passing', async () => {
    const plain = fakeSdk()
    await expect(plain.ports.contentCheck.text({ content: 'x', openid: null, scene: 2 })).rejects.toThrow(/openid/)
    expect(plain.calls).toEqual([])
    await expect(fakeSdk({ msg: () => ({ result: { suggest: 'maybe' } }) }).ports.contentCheck.text({ content: 'x', openid: 'o', scene: 2 })).rejects.toThrow(/suggest=maybe/)
    await expect(fakeSdk({ msg: () => ({ errCode: 40003 }) }).ports.contentCheck.text({ content: 'x', openid: 'o', scene: 2 })).rejects.toThrow(/40003/)
  })
})

describe('images: security.imgSecCheck', () => {
  test('a small image is sent as is; a clean answer is pass', async () => {
    const { ports, calls } = fakeSdk()
    const bytes = jpegOf(100, 80)
    expect(await ports.contentCheck.image({ bytes, contentType: 'image/jpeg', openid: 'oid-1' })).toBe('pass')
    expect(calls).toEqual([{ api: 'security.imgSecCheck', input: { media: { contentType: 'image/jpeg', value: bytes } } }])
  })

  test('an image larger than 750 × 1334 is checked as a smaller JPEG copy', async () => {
    const { ports, calls } = fakeSdk()
    await ports.contentCheck.image({ bytes: jpegOf(1280, 720), contentType: 'image/jpeg', openid: 'oid-1' })
    const { media } = calls[0].input as { media: { contentType: string; value: Buffer } }
    expect(media.contentType).toBe('image/jpeg')
    expect(jpeg.decode(media.value)).toMatchObject({ width: 750, height: 422 })
  })

  test('errCode 87014 is risky; any other error throws', async () => {
    const risky = fakeSdk({ img: () => Promise.reject(sdkError(RISKY_CONTENT, 'openapi.security.imgSecCheck:fail risky content')) })
    expect(await risky.ports.contentCheck.image({ bytes: jpegOf(10, 10), contentType: 'image/jpeg', openid: null })).toBe('risky')
    const busy = fakeSdk({ img: () => Promise.reject(sdkError(-1, 'system busy')) })
    await expect(busy.ports.contentCheck.image({ bytes: jpegOf(10, 10), contentType: 'image/jpeg', openid: null })).rejects.toThrow('system busy')
  })
})

describe('files: cloud storage', () => {
  test('put uploads under the path (no leading slash) and answers the fileID', async () => {
    const { ports, calls } = fakeSdk()
    const bytes = Buffer.from('jpeg bytes')
    expect(await ports.files.put({ path: '/uploads/comm/photo/a.jpg', bytes, contentType: 'image/jpeg' })).toBe('cloud://env-1.bucket/uploads/comm/photo/a.jpg')
    expect(calls).toEqual([{ api: 'uploadFile', input: { cloudPath: 'uploads/comm/photo/a.jpg', fileContent: bytes } }])
  })

  test('get downloads the fileID', async () => {
    const { ports, calls } = fakeSdk()
    expect((await ports.files.get('cloud://env-1.bucket/uploads/comm/photo/a.jpg')).toString()).toBe('stored bytes')
    expect(calls).toEqual([{ api: 'downloadFile', input: { fileID: 'cloud://env-1.bucket/uploads/comm/photo/a.jpg' } }])
  })
})

describe('downloads: a file under exports/ handed out by a temporary link', () => {
  test('uploads under exports/<folder>/<random>/<name> and answers the temporary link for DOWNLOAD_TTL_MS', async () => {
    const { ports, calls } = fakeSdk()
    const bytes = Buffer.from('xlsx bytes')
    const before = Date.now()
    const { url, expiresAt } = await ports.downloads.offer({ folder: 'org1', fileName: '执委花名册.xlsx', bytes, contentType: 'application/octet-stream' })
    const [upload, link] = calls
    expect(upload).toEqual({ api: 'uploadFile', input: { cloudPath: expect.stringMatching(/^exports\/org1\/[0-9a-f]{16}\/执委花名册\.xlsx$/), fileContent: bytes } })
    const cloudPath = (upload!.input as { cloudPath: string }).cloudPath
    expect(link).toEqual({ api: 'getTempFileURL', input: { fileList: [{ fileID: `cloud://env-1.bucket/${cloudPath}`, maxAge: DOWNLOAD_TTL_MS / 1000 }] } })
    expect(url).toBe(`https://tmp.example/env-1.bucket/${cloudPath}?sign=x`)
    expect(expiresAt.getTime()).toBeGreaterThanOrEqual(before + DOWNLOAD_TTL_MS)
  })

  test('a link WeChat refused is an error, not a dead link handed to her', async () => {
    const sdk = {
      deleteFile: async () => ({ fileList: [] }),
      uploadFile: async () => ({ fileID: 'cloud://env-1.bucket/exports/x.xlsx' }),
      getTempFileURL: async () => ({ fileList: [{ fileID: 'cloud://env-1.bucket/exports/x.xlsx', status: -1, tempFileURL: '', errMsg: 'STORAGE_EXCEED_AUTHORITY' }] }),
    }
    await expect(wechatDownloads(sdk).offer({ folder: 'o', fileName: 'x.xlsx', bytes: Buffer.from(''), contentType: '' })).rejects.toThrow('STORAGE_EXCEED_AUTHORITY')
  })
})

describe('downloads: removing files whose links died', () => {
  test('deletes in calls of at most 50; a file already gone is fine, another failure throws', async () => {
    const { ports, calls } = fakeSdk()
    const refs = Array.from({ length: 51 }, (_, i) => `cloud://env-1.bucket/exports/o/${i}/x.xlsx`)
    await ports.downloads.remove(refs)
    expect(calls).toEqual([
      { api: 'deleteFile', input: { fileList: refs.slice(0, 50) } },
      { api: 'deleteFile', input: { fileList: refs.slice(50) } },
    ])
    const answering = (errMsg: string) => ({
      uploadFile: async () => ({ fileID: '' }),
      getTempFileURL: async () => ({ fileList: [] }),
      deleteFile: async (input: { fileList: string[] }) => ({ fileList: input.fileList.map((fileID) => ({ fileID, status: -1, errMsg })) }),
    })
    await expect(wechatDownloads(answering('STORAGE_FILE_NONEXIST: file not exist')).remove(['cloud://a'])).resolves.toBeUndefined()
    await expect(wechatDownloads(answering('INTERNAL_SERVER_ERROR')).remove(['cloud://a'])).rejects.toThrow('INTERNAL_SERVER_ERROR')
  })
})

describe('documents: cloud storage under private/', () => {
  test('put uploads under private/<orgId>/ and answers the fileID, which no public image field accepts', async () => {
    const { ports, calls } = fakeSdk()
    const bytes = Buffer.from('sheet bytes')
    const ref = await ports.documents.put({ orgId: 'comm', name: 'a.jpg', bytes })
    expect(ref).toBe('cloud://env-1.bucket/private/comm/a.jpg')
    expect(calls).toEqual([{ api: 'uploadFile', input: { cloudPath: 'private/comm/a.jpg', fileContent: bytes } }])
    expect(DOCUMENT_REF_PATTERN.exec(ref)?.[1]).toBe('comm')
    expect(imageRef.safeParse(ref).success).toBe(false)
  })

  test('get downloads a private fileID with downloadFile, and refuses a public one without asking', async () => {
    const { ports, calls } = fakeSdk()
    expect((await ports.documents.get('cloud://env-1.bucket/private/comm/a.jpg')).toString()).toBe('stored bytes')
    await expect(ports.documents.get('cloud://env-1.bucket/uploads/comm/photo/a.jpg')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(calls).toEqual([{ api: 'downloadFile', input: { fileID: 'cloud://env-1.bucket/private/comm/a.jpg' } }])
  })

  test('discardUpload deletes the file the mini-program uploaded', async () => {
    const { ports, calls } = fakeSdk()
    await ports.documents.discardUpload('cloud://env-1.bucket/uploads/comm/document/x.jpg')
    expect(calls).toEqual([{ api: 'deleteFile', input: { fileList: ['cloud://env-1.bucket/uploads/comm/document/x.jpg'] } }])
  })
})

describe('QR: wxacode.getUnlimited', () => {
  test('asks with the scene, the page without a leading slash, check_path off, the released build', async () => {
    const { ports, calls } = fakeSdk()
    const png = await ports.qrcode.boardCode({ scene: 'hp-comm', page: '/pages/board/index' })
    expect(sniffImage(png)).toBe('png')
    expect(calls).toEqual([{ api: 'wxacode.getUnlimited', input: { scene: 'hp-comm', page: 'pages/board/index', checkPath: false, envVersion: 'release', width: 1280 } }])
  })

  test('a JPEG answer becomes a PNG of the same size', async () => {
    const { ports } = fakeSdk({ qr: () => ({ contentType: 'image/jpeg', buffer: jpegOf(64, 48) }) })
    const png = await ports.qrcode.boardCode({ scene: 'hp-comm', page: 'pages/board/index' })
    expect(PNG.sync.read(png)).toMatchObject({ width: 64, height: 48 })
  })

  test('a scene WeChat would refuse throws before any call; an empty answer throws', async () => {
    const { ports, calls } = fakeSdk()
    for (const scene of ['x'.repeat(33), '幸福社区', '100%']) await expect(ports.qrcode.boardCode({ scene, page: 'pages/board/index' })).rejects.toThrow(/scene/)
    expect(calls).toEqual([])
    await expect(fakeSdk({ qr: () => ({ contentType: 'image/png' }) }).ports.qrcode.boardCode({ scene: 'a', page: 'p' })).rejects.toThrow(/no image/)
  })

  test('the build a code opens is release unless WXACODE_ENV_VERSION names trial or develop', () => {
    expect([undefined, '', 'trial', 'develop', 'release', 'beta'].map(wxacodeEnvVersion)).toEqual(['release', 'release', 'trial', 'develop', 'release', 'release'])
  })
})

describe('notify', () => {
  test('an SDK without subscribeMessage makes every template unavailable (not subscribed), and a send still throws', async () => {
    const { ports } = fakeSdk()
    expect(ports.notify.unavailable('topicProgress')).toMatch(/subscribeMessage/)
    await expect(ports.notify.send({ openid: 'oid-1', template: 'topicProgress', page: 'p', thing: 't', phrase: 'p' })).rejects.toThrow()
  })
})
