// Generated files on WeChat: uploaded under exports/ (a folder the storage's security rules
// keep from every client: set "exports/" to no read in the console, README "Deploy") and
// handed out as a temporary link for DOWNLOAD_TTL_MS, which the mini-program downloads and
// opens with wx.openDocument. The random folder keeps one export from replacing another.
// The reports function's timer deletes each file once its link has died (lib/expire.ts): a
// link to a file in public-read storage would otherwise never expire.
import { randomBytes } from 'node:crypto'
import { DOWNLOAD_TTL_MS, type DownloadPort } from '../ports'
import type { WxOpenSdk } from './wechatSdk'

/** deleteFile takes at most 50 files a call. */
const FILES_PER_CALL = 50

export function wechatDownloads(sdk: Pick<WxOpenSdk, 'uploadFile' | 'getTempFileURL' | 'deleteFile'>, now: () => number = Date.now): DownloadPort {
  return {
    async offer({ folder, fileName, bytes }) {
      const cloudPath = `exports/${folder}/${randomBytes(8).toString('hex')}/${fileName}`
      const { fileID } = await sdk.uploadFile({ cloudPath, fileContent: bytes })
      if (!fileID) throw new Error(`uploadFile gave no fileID for ${cloudPath}`)
      const expiresAt = new Date(now() + DOWNLOAD_TTL_MS)
      const { fileList } = await sdk.getTempFileURL({ fileList: [{ fileID, maxAge: DOWNLOAD_TTL_MS / 1000 }] })
      const link = fileList?.[0]
      if (!link || link.status !== 0 || !link.tempFileURL) throw new Error(`getTempFileURL failed for ${fileID}: ${link?.errMsg ?? 'no answer'}`)
      return { url: link.tempFileURL, expiresAt, ref: fileID }
    },
    async remove(refs) {
      for (let i = 0; i < refs.length; i += FILES_PER_CALL) {
        const { fileList } = await sdk.deleteFile({ fileList: refs.slice(i, i + FILES_PER_CALL) })
        // a file already gone is what was wanted; any other failure is kept to be tried again
        const failed = (fileList ?? []).filter((file) => file.status !== 0 && !/not ?exist|NOT_EXIST/i.test(file.errMsg ?? ''))
        if (failed.length > 0) throw new Error(`deleteFile failed for ${failed.map((f) => `${f.fileID}: ${f.errMsg ?? f.status}`).join('; ')}`)
      }
    },
  }
}
