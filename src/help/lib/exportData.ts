// Her own data, exported (requests.exportMine): copied to the clipboard in WeChat; in
// a browser also offered as a JSON file to download.
import Taro from '@tarojs/taro'
import type { ActionOutput } from '../../../types/contracts'

export type ExportedData = ActionOutput<'requests', 'exportMine'>

export const exportFileName = (exportedAt: string): string => `我的求助-${exportedAt.slice(0, 10)}.json`

function download(json: string, name: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** Copies the export (and in H5 downloads it); resolves with what was done, in words. */
export async function deliverExport(data: ExportedData): Promise<string> {
  const json = JSON.stringify(data, null, 2)
  if (process.env.TARO_ENV === 'h5') {
    download(json, exportFileName(data.exportedAt))
    const copied = await Taro.setClipboardData({ data: json }).then(
      () => true,
      () => false,
    )
    return copied ? '已下载数据文件，也已复制到剪贴板' : '已下载您的数据文件'
  }
  await Taro.setClipboardData({ data: json })
  return '已复制到剪贴板，可以粘贴保存'
}
