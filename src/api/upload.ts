// Uploading a photo for the board (标识, a member's photo, activity photos): she picks
// an image, it is shrunk on the device, and org.uploadImage checks, re-encodes and
// stores it. H5 sends the file inline; the mini-program goes through cloud storage.
import Taro from '@tarojs/taro'
import type { ActionOutput } from '../../types/contracts'
import type { IMAGE_PURPOSES } from '../../types/org'
import { ApiError } from './errors'
import { shrinkToJpegBase64, MAX_SIDE_PX } from './imageResize'
import { call } from './index'

export type ImagePurpose = (typeof IMAGE_PURPOSES)[number]
export type UploadedImage = ActionOutput<'org', 'uploadImage'>

/** The picker was closed without a choice: not an error to show. */
export class UploadCancelled extends Error {}

/**
 * WeChat would not open the picker or hand over the photo (e.g. she did not agree to the
 * 隐私保护指引, or refused the camera): `cause` is WeChat's failure, for the page to
 * explain in Chinese; its own words are never shown.
 */
export class PickRefused extends Error {
  constructor(readonly cause: unknown) {
    super('photo not picked')
  }
}

const closedByHer = (error: unknown): boolean => /\bcancel/.test(String((error as { errMsg?: unknown } | null)?.errMsg ?? ''))

/** chooseMedia (chooseImage is deprecated); Taro's H5 build implements it with a file input. */
async function pickImage(): Promise<string> {
  let picked: Taro.chooseMedia.SuccessCallbackResult
  try {
    picked = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] })
  } catch (error) {
    if (closedByHer(error)) throw new UploadCancelled('cancelled')
    throw new PickRefused(error)
  }
  const path = picked.tempFiles[0]?.tempFilePath
  if (!path) throw new UploadCancelled('no image')
  return path
}

async function compressOnPhone(path: string): Promise<string> {
  try {
    const { width, height } = await Taro.getImageInfo({ src: path })
    if (Math.max(width, height) <= MAX_SIDE_PX) return (await Taro.compressImage({ src: path, quality: 80 })).tempFilePath
    const size = width >= height ? { compressedWidth: MAX_SIDE_PX } : { compressedHeight: MAX_SIDE_PX }
    return (await Taro.compressImage({ src: path, quality: 80, ...size })).tempFilePath
  } catch {
    return path
  }
}

async function uploadToCloud(orgId: string, purpose: ImagePurpose, path: string): Promise<string> {
  const name = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}.jpg`
  try {
    const result = await Taro.cloud.uploadFile({ cloudPath: `uploads/${orgId}/${purpose}/${name}`, filePath: path })
    return result.fileID
  } catch {
    throw new ApiError('INTERNAL', '图片上传失败，请检查网络后重试')
  }
}

/** Picks, shrinks and uploads one image; resolves with the stored image (UploadCancelled when she backs out). */
export async function chooseAndUploadImage(orgId: string, purpose: ImagePurpose): Promise<UploadedImage> {
  const path = await pickImage()
  if (process.env.TARO_ENV === 'weapp') {
    const fileID = await uploadToCloud(orgId, purpose, await compressOnPhone(path))
    return call('org', 'uploadImage', { orgId, purpose, source: { kind: 'cloudFile', fileID } })
  }
  const dataBase64 = await shrinkToJpegBase64(path)
  return call('org', 'uploadImage', { orgId, purpose, source: { kind: 'inline', dataBase64 } })
}
