// The parts of wx-server-sdk the WeChat adapters call: cloud storage (and its temporary links), three open APIs
// (云调用) and subscription messages. Typed by what the adapters use, so a test passes a
// fake that records each call and no test ever reaches the network.
import type { WxSubscribeMessage } from './wechatNotify'

/** msgSecCheck v2: the verdict is in `result.suggest`. */
export interface MsgSecCheckResult {
  errCode?: number
  result?: { suggest?: string; label?: number }
}

/** getUnlimited: the image itself (the SDK turns a JSON error into a thrown error). */
export interface WxacodeResult {
  errCode?: number
  contentType?: string
  buffer?: Buffer
}

export interface WxOpenApi {
  security: {
    msgSecCheck(input: { openid: string; scene: number; version: 2; content: string }): Promise<MsgSecCheckResult>
    /** resolves for a clean image; rejects with errCode 87014 for a risky one */
    imgSecCheck(input: { media: { contentType: string; value: Buffer } }): Promise<{ errCode?: number }>
  }
  /** one-time subscription messages (see wechatNotify.ts) */
  subscribeMessage?: WxSubscribeMessage
  wxacode: {
    getUnlimited(input: { scene: string; page: string; checkPath: boolean; envVersion: WxacodeEnvVersion; width: number }): Promise<WxacodeResult>
  }
}

export type WxacodeEnvVersion = 'release' | 'trial' | 'develop'

export interface WxOpenSdk {
  openapi: WxOpenApi
  uploadFile(input: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>
  downloadFile(input: { fileID: string }): Promise<{ fileContent: Buffer }>
  deleteFile(input: { fileList: string[] }): Promise<{ fileList: { fileID: string; status: number; errMsg?: string }[] }>
  /** a link that opens a stored file for `maxAge` seconds, whatever the storage's rules for clients */
  getTempFileURL(input: { fileList: { fileID: string; maxAge: number }[] }): Promise<{ fileList: { fileID: string; tempFileURL: string; status: number; errMsg?: string }[] }>
}

export function isWxOpenSdk(sdk: Partial<WxOpenSdk>): sdk is WxOpenSdk {
  return (
    sdk.openapi != null &&
    typeof sdk.uploadFile === 'function' &&
    typeof sdk.downloadFile === 'function' &&
    typeof sdk.getTempFileURL === 'function' &&
    typeof sdk.deleteFile === 'function'
  )
}

async function noOpenApi(): Promise<never> {
  throw new Error('this wx-server-sdk has no openapi / uploadFile / downloadFile / deleteFile')
}

/** Stands in for an SDK without storage and open APIs (a fake in tests of other parts): every call fails, none passes. */
export const SDK_WITHOUT_OPEN_APIS: WxOpenSdk = {
  openapi: { security: { msgSecCheck: noOpenApi, imgSecCheck: noOpenApi }, wxacode: { getUnlimited: noOpenApi } },
  uploadFile: noOpenApi,
  downloadFile: noOpenApi,
  deleteFile: noOpenApi,
  getTempFileURL: noOpenApi,
}

/** The errCode of a rejected SDK call (CloudSDKError carries it), or null. */
export function errCodeOf(error: unknown): number | null {
  const code = (error as { errCode?: unknown } | null)?.errCode
  return typeof code === 'number' ? code : null
}
