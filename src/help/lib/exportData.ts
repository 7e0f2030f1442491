// Her export, after she has read it on the page: saved as a text file or printed if she
// chooses, or copied only when she taps 复制. Nothing is put on the clipboard behind her
// back.
import Taro from '@tarojs/taro'

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

/** WeChat: written to the mini-program's own files, then sent where she chooses (e.g. 文件传输助手). */
async function shareInWeChat(text: string, name: string): Promise<void> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${name}`
  Taro.getFileSystemManager().writeFileSync(filePath, text, 'utf8')
  await Taro.shareFileMessage({ filePath, fileName: name })
}

/** Saves the text as a file; resolves with what was done, in words. */
export async function saveExport(text: string, name: string): Promise<string> {
  if (process.env.TARO_ENV === 'h5') {
    download(text, name)
    return '已保存为文件'
  }
  await shareInWeChat(text, name)
  return '已发送文件'
}

/** Prints the page, where the print layout shows only the record (H5). */
export const canPrint = (): boolean => process.env.TARO_ENV === 'h5'
export function printExport(): void {
  if (process.env.TARO_ENV === 'h5') window.print()
}

/** Copies the text, only because she tapped 复制. */
export async function copyExport(text: string): Promise<string> {
  await Taro.setClipboardData({ data: text })
  return '已复制，请尽快粘贴保存'
}
