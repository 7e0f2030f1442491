// The ports on WeChat cloud, built once per function instance from wx-server-sdk.
import type { Ports, SignInPort } from '../ports'
import { inProcessImages } from '../imageCodec'
import { vaultFromEnv } from '../vault'
import { wechatContentCheck } from './wechatContentCheck'
import { wechatDownloads } from './wechatDownloads'
import { wechatDocuments } from './wechatDocuments'
import { wechatFiles } from './wechatFiles'
import { wechatNotify } from './wechatNotify'
import { wechatQrCodes } from './wechatQrCode'
import type { WxacodeEnvVersion, WxOpenSdk } from './wechatSdk'

const ENV_VERSIONS: readonly WxacodeEnvVersion[] = ['release', 'trial', 'develop']
const NO_SUBSCRIBE_MESSAGE = 'this wx-server-sdk has no openapi.subscribeMessage'

/** Which mini-program build a new QR code opens: WXACODE_ENV_VERSION, else the released one. */
export function wxacodeEnvVersion(value: string | undefined): WxacodeEnvVersion {
  return ENV_VERSIONS.find((version) => version === value) ?? 'release'
}

/** WeChat vouches for the OPENID of every call: there is no token to end (see SignInPort). */
const wechatSignIns: SignInPort = { end: async () => {}, generation: async () => 0 }

export function wechatPorts(sdk: WxOpenSdk, envVersion: WxacodeEnvVersion = 'release'): Ports {
  const notify = sdk.openapi.subscribeMessage ? wechatNotify(sdk.openapi.subscribeMessage) : { unavailable: () => NO_SUBSCRIBE_MESSAGE, send: unavailable }
  return {
    contentCheck: wechatContentCheck(sdk.openapi),
    files: wechatFiles(sdk),
    downloads: wechatDownloads(sdk),
    documents: wechatDocuments(sdk),
    qrcode: wechatQrCodes(sdk.openapi, envVersion),
    notify,
    vault: vaultFromEnv(),
    signIns: wechatSignIns,
    images: inProcessImages,
  }
}

/** For an SDK without storage and open APIs (a stand-in in tests of other parts): every use fails. */
async function unavailable(): Promise<never> {
  throw new Error('this wx-server-sdk has no openapi / uploadFile / downloadFile / deleteFile')
}

export function unavailablePorts(): Ports {
  const fail = unavailable
  return {
    contentCheck: { text: fail, image: fail },
    files: { put: fail, get: fail, links: fail },
    downloads: { offer: fail, remove: fail },
    documents: { put: fail, get: fail, discardUpload: fail },
    qrcode: { boardCode: fail },
    notify: { unavailable: () => NO_SUBSCRIBE_MESSAGE, send: fail },
    vault: vaultFromEnv(),
    signIns: wechatSignIns,
    images: { prepare: fail },
  }
}
