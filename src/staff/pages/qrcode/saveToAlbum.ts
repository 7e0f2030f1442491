// Saving the federation's QR code into her phone's album (WeChat only). Writing to the
// album needs the 相册（仅写入） permission: the first save asks for it; once she has said
// no, WeChat refuses at once, so she is told why and offered 「去设置」, and the picture
// is saved as soon as she switches it on there.
import Taro from '@tarojs/taro'
import { explainRefusal, isCancelled, tellRefusal } from '../../../lib/wxRefusal'

const NOT_SAVED = '没有保存'

async function downloadLocal(url: string): Promise<string> {
  if (url.startsWith('cloud://')) return (await Taro.cloud.downloadFile({ fileID: url })).tempFilePath
  return (await Taro.downloadFile({ url })).tempFilePath
}

/** Saves the downloaded picture; after 「去设置」 switched the permission on, tries once more. */
async function saveLocal(filePath: string, afterSettings: boolean): Promise<void> {
  try {
    await Taro.saveImageToPhotosAlbum({ filePath })
    void Taro.showToast({ title: '已保存到相册', icon: 'success' })
  } catch (error) {
    if (isCancelled(error)) return
    const refused = explainRefusal('saveQrcode', error)
    if (!refused) {
      void Taro.showModal({ title: NOT_SAVED, content: '图片没有存进相册，请再试一次，或长按二维码保存。', showCancel: false })
      return
    }
    const switchedOn = await tellRefusal(afterSettings ? { ...refused, settingScope: null } : refused)
    if (switchedOn) await saveLocal(filePath, true)
  }
}

export async function saveToAlbum(url: string): Promise<void> {
  let filePath: string
  try {
    filePath = await downloadLocal(url)
  } catch {
    void Taro.showModal({ title: NOT_SAVED, content: '二维码图片没有下载下来，请检查网络后再试，或长按二维码保存。', showCancel: false })
    return
  }
  await saveLocal(filePath, false)
}
