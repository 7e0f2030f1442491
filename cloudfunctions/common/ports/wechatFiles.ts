// Public files on WeChat: cloud storage. `put` answers the fileID (cloud://…), which
// the mini-program's <Image> shows directly; `get` reads a file the client uploaded.
import type { FilePort } from '../ports'
import type { WxOpenSdk } from './wechatSdk'

export function wechatFiles(sdk: Pick<WxOpenSdk, 'uploadFile' | 'downloadFile'>): FilePort {
  return {
    async put({ path, bytes }) {
      const { fileID } = await sdk.uploadFile({ cloudPath: path.replace(/^\/+/, ''), fileContent: bytes })
      if (!fileID) throw new Error(`uploadFile gave no fileID for ${path}`)
      return fileID
    },
    async get(ref) {
      const { fileContent } = await sdk.downloadFile({ fileID: ref })
      if (!fileContent) throw new Error(`downloadFile gave no content for ${ref}`)
      return Buffer.from(fileContent)
    },
  }
}
