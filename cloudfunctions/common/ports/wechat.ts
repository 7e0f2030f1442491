// Every port on WeChat cloud, built from wx-server-sdk. A function's entry lists only the
// ports its actions use (lazyPorts.ts); this full set is for the adapters' tests and for a
// function that lists them all.
import { inProcessImages } from '../imageCodec'
import type { Ports } from '../ports'
import { vaultFromEnv } from '../vault'
import { lazyPorts, type PortBuilders } from './lazyPorts'
import { contentCheckPort } from './wechatContentCheck'
import { wechatDocuments } from './wechatDocuments'
import { wechatDownloads } from './wechatDownloads'
import { wechatFiles } from './wechatFiles'
import { notifyPort } from './wechatNotify'
import { qrCodePort, wechatQrCodes } from './wechatQrCode'
import type { WxacodeEnvVersion, WxOpenSdk } from './wechatSdk'
import { wechatSignIns } from './wechatSignIns'

export { wxacodeEnvVersion } from './wechatQrCode'

/** A builder for every port. */
export const WECHAT_PORTS: Required<PortBuilders> = {
  contentCheck: contentCheckPort,
  files: wechatFiles,
  downloads: wechatDownloads,
  documents: wechatDocuments,
  qrcode: qrCodePort,
  notify: notifyPort,
  vault: () => vaultFromEnv(),
  signIns: () => wechatSignIns,
  images: () => inProcessImages,
}

/** Every port over `sdk`, each built on first use; QR codes open `envVersion`. */
export function wechatPorts(sdk: WxOpenSdk, envVersion: WxacodeEnvVersion = 'release'): Ports {
  return lazyPorts('wechat', { ...WECHAT_PORTS, qrcode: (openSdk) => wechatQrCodes(openSdk.openapi, envVersion) }, sdk)
}
