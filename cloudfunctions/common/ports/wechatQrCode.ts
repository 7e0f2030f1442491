// The 妇女之家 code on WeChat: wxacode.getUnlimited with the org code as scene. Codes
// from it never expire and are unlimited in number. check_path is off so a code can be
// made before the page is in a released version (a new federation, a trial build).
import { PNG } from 'pngjs'
import { SCENE_PATTERN } from '../../../types'
import { decodeImage, sniffImage } from '../imageCodec'
import type { QrCodePort } from '../ports'
import type { PortBuilder } from './lazyPorts'
import type { WxacodeEnvVersion, WxOpenApi } from './wechatSdk'

const ENV_VERSIONS: readonly WxacodeEnvVersion[] = ['release', 'trial', 'develop']

/** Which mini-program build a new QR code opens: WXACODE_ENV_VERSION, else the released one. */
export function wxacodeEnvVersion(value: string | undefined): WxacodeEnvVersion {
  return ENV_VERSIONS.find((version) => version === value) ?? 'release'
}

/** Widest code WeChat makes: sharp enough for an A3 poster. */
const QR_WIDTH = 1280

/** getUnlimited answers a JPEG unless asked for a transparent code; the port promises PNG. */
function asPng(image: Buffer): Buffer {
  const kind = sniffImage(image)
  if (kind === 'png') return image
  if (kind !== 'jpeg') throw new Error('wxacode.getUnlimited answered something that is not an image')
  const { width, height, data } = decodeImage(image)
  const png = new PNG({ width, height })
  png.data = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  return PNG.sync.write(png, { colorType: 2 })
}

export function wechatQrCodes(openapi: WxOpenApi, envVersion: WxacodeEnvVersion = 'release'): QrCodePort {
  return {
    async boardCode({ scene, page }) {
      if (scene.length > 32 || !SCENE_PATTERN.test(scene)) throw new Error(`scene "${scene}" is not a valid wxacode scene`)
      const answer = await openapi.wxacode.getUnlimited({ scene, page: page.replace(/^\/+/, ''), checkPath: false, envVersion, width: QR_WIDTH })
      if (answer.errCode) throw new Error(`wxacode.getUnlimited failed with errCode ${answer.errCode}`)
      if (!answer.buffer || answer.buffer.length === 0) throw new Error('wxacode.getUnlimited answered no image')
      return asPng(Buffer.from(answer.buffer))
    },
  }
}

/** The port as a function's entry lists it (lazyPorts.ts): codes open the build WXACODE_ENV_VERSION names, release by default. */
export const qrCodePort: PortBuilder<'qrcode'> = (sdk) => wechatQrCodes(sdk.openapi, wxacodeEnvVersion(process.env.WXACODE_ENV_VERSION))
