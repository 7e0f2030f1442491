// The `org` cloud function as WeChat loads it: `exports.main` after the build.
import { createCloudMain } from '../common/cloudEntry'
import { inProcessImages } from '../common/imageCodec'
import type { PortBuilders } from '../common/ports/lazyPorts'
import { contentCheckPort } from '../common/ports/wechatContentCheck'
import { wechatDocuments } from '../common/ports/wechatDocuments'
import { wechatFiles } from '../common/ports/wechatFiles'
import { qrCodePort } from '../common/ports/wechatQrCode'
import { wechatSignIns } from '../common/ports/wechatSignIns'
import { vaultFromEnv } from '../common/vault'
import { orgDomain } from './domain'

/**
 * The ports its actions use, each built on first use (test/scripts/build-functions.test.ts
 * checks the list against the code): pictures and document photos, QR codes, the vault of
 * 履职 names and 述职评议 codes, ending a departed member's sign-ins.
 */
export const ports: PortBuilders = {
  contentCheck: contentCheckPort,
  files: wechatFiles,
  documents: wechatDocuments,
  qrcode: qrCodePort,
  vault: () => vaultFromEnv(),
  signIns: () => wechatSignIns,
  images: () => inProcessImages,
}

export const main = createCloudMain(orgDomain, { ports })
