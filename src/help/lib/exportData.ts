// Her export, after she has read it on the page: saved as a text file or printed if she
// chooses, or copied only when she taps 复制. Nothing is put on the clipboard behind her
// back. When the phone will not do it, she is told why in plain words (wxRefusal.ts).
import Taro from '@tarojs/taro'
import { ApiError } from '../../api'
import { explainRefusal, isCancelled } from '../../lib/wxRefusal'

/** H5: the browser saves it as a file (in the TARO_ENV branch, so none of it is in the mini-program). */
function download(text: string, name: string): void {
  if (process.env.TARO_ENV === 'h5') {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }))
    const link = document.createElement('a')
    link.href = url
    link.download = name
    document.body.appendChild(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }
}

/**
 * WeChat: written to the mini-program's own files, then sent where she chooses (e.g.
 * 文件传输助手). Neither is a privacy-scoped API; closing the share sheet is her choice.
 */
async function shareInWeChat(text: string, name: string): Promise<string | null> {
  try {
    const filePath = `${Taro.env.USER_DATA_PATH}/${name}`
    Taro.getFileSystemManager().writeFileSync(filePath, text, 'utf8')
    await Taro.shareFileMessage({ filePath, fileName: name })
    return '已发送文件'
  } catch (error) {
    if (isCancelled(error)) return null
    throw new ApiError('INTERNAL', '文件没有发出去，请再试一次，或点「复制文字」')
  }
}

/** Saves the text as a file; resolves with what was done, in words (null when she closed the share sheet). */
export async function saveExport(text: string, name: string): Promise<string | null> {
  if (process.env.TARO_ENV === 'h5') {
    download(text, name)
    return '已保存为文件'
  }
  return shareInWeChat(text, name)
}

/** Prints the page, where the print layout shows only the record (H5). */
export const canPrint = (): boolean => process.env.TARO_ENV === 'h5'
export function printExport(): void {
  if (process.env.TARO_ENV === 'h5') window.print()
}

/** Copies the text, only because she tapped 复制; a refusal is thrown in her words. */
export async function copyExport(text: string): Promise<string> {
  try {
    await Taro.setClipboardData({ data: text })
  } catch (error) {
    throw new ApiError('FORBIDDEN', explainRefusal('copy', error)?.content ?? '没有复制成功，请再试一次')
  }
  return '已复制，请尽快粘贴保存'
}
