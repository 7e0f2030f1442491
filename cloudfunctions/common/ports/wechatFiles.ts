// Public files on WeChat: cloud storage. `put` answers the fileID (cloud://…), which
// the mini-program's <Image> shows directly; `get` reads a file the client uploaded;
// `links` gives addresses that open them outside the mini-program.
import type { FilePort } from '../ports'
import type { WxOpenSdk } from './wechatSdk'

/** getTempFileURL takes at most 50 files a call. */
const LINKS_PER_CALL = 50

export function wechatFiles(sdk: Pick<WxOpenSdk, 'uploadFile' | 'downloadFile' | 'getTempFileURL'>): FilePort {
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
    /** "公有读的文件获取的链接不会过期": the board's files are public-read, so these links last (maxAge is then ignored) */
    async links(refs) {
      const links = new Map<string, string>()
      const cloudRefs = [...new Set(refs.filter((ref) => ref.startsWith('cloud://')))]
      for (let i = 0; i < cloudRefs.length; i += LINKS_PER_CALL) {
        const { fileList } = await sdk.getTempFileURL({ fileList: cloudRefs.slice(i, i + LINKS_PER_CALL).map((fileID) => ({ fileID, maxAge: 86_400 })) })
        for (const file of fileList ?? []) if (file.status === 0 && file.tempFileURL) links.set(file.fileID, file.tempFileURL)
      }
      return links
    },
  }
}
