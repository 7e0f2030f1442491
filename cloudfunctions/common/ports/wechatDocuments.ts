// Private document photos on WeChat: cloud storage under `private/<orgId>/`. The storage rules
// (README, 云存储权限) keep that folder from every client, so the fileID is no address anyone can
// open; the function reads it back with downloadFile. The file the mini-program uploaded to hand
// it over is deleted once the private copy is kept.
import type { DocumentPort } from '../ports'
import { AppError } from '../errors'
import type { WxOpenSdk } from './wechatSdk'

const PRIVATE_FILE = /^cloud:\/\/[^/]+\/private\/[A-Za-z0-9_-]+\/[^/]+$/

export function wechatDocuments(sdk: Pick<WxOpenSdk, 'uploadFile' | 'downloadFile' | 'deleteFile'>): DocumentPort {
  return {
    async put({ orgId, name, bytes }) {
      const cloudPath = `private/${orgId}/${name}`
      const { fileID } = await sdk.uploadFile({ cloudPath, fileContent: bytes })
      if (!fileID) throw new Error(`uploadFile gave no fileID for ${cloudPath}`)
      return fileID
    },
    async get(ref) {
      if (!PRIVATE_FILE.test(ref)) throw new AppError('NOT_FOUND', '文件不存在')
      const { fileContent } = await sdk.downloadFile({ fileID: ref })
      if (!fileContent) throw new Error(`downloadFile gave no content for ${ref}`)
      return Buffer.from(fileContent)
    },
    async discardUpload(fileID) {
      await sdk.deleteFile({ fileList: [fileID] })
    },
  }
}
