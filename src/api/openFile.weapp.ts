// In WeChat a generated file is downloaded from its temporary link and opened in WeChat's
// own viewer, whose menu lets her send it on or save it (wx.openDocument showMenu).
import Taro from '@tarojs/taro'
import { ApiError } from './errors'
import type * as H5 from './openFile'

export const openFile: typeof H5.openFile = async (url) => {
  const { statusCode, tempFilePath } = await Taro.downloadFile({ url })
  if (statusCode !== 200) throw new ApiError('INTERNAL', '文件下载失败，请重新导出')
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true })
}
