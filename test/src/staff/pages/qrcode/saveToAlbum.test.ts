// Saving the QR code to the album: saved; refused earlier → why, and 「去设置」; switched on
// there → saved without another tap; every failure said in Chinese.
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: jest.requireActual('../../../../fixtures/wxTaro').wx }))

import { CANCELLED, hasWeChatWords, PRIVACY_REFUSED, resetWx, SCOPE_REFUSED, shownTexts, wx, wxFailure } from '../../../../fixtures/wxTaro'
import { saveToAlbum } from '../../../../../src/staff/pages/qrcode/saveToAlbum'

const CLOUD_QR = 'cloud://env-1.bucket/qrcodes/org-1.png'

beforeEach(resetWx)
afterEach(() => {
  for (const text of shownTexts()) expect(hasWeChatWords(text)).toBe(false)
})

test('the picture from cloud storage is saved and she is told', async () => {
  await saveToAlbum(CLOUD_QR)
  expect(wx.cloud.downloadFile).toHaveBeenCalledWith({ fileID: CLOUD_QR })
  expect(wx.saveImageToPhotosAlbum).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/qrcode.png' })
  expect(wx.showToast).toHaveBeenCalledWith({ title: '已保存到相册', icon: 'success' })
})

test('the album was refused before: she is told why and offered 去设置; 不用了 saves nothing', async () => {
  wx.saveImageToPhotosAlbum.mockRejectedValue(SCOPE_REFUSED('saveImageToPhotosAlbum'))
  await saveToAlbum(CLOUD_QR)
  expect(wx.showModal).toHaveBeenCalledTimes(1)
  const [{ title, content, confirmText }] = wx.showModal.mock.calls[0]
  expect(title).toBe('没有保存')
  expect(content).toContain('您之前没有允许小程序保存图片到相册')
  expect(content).toContain('打开「添加到相册」')
  expect(confirmText).toBe('去设置')
  expect(wx.openSetting).not.toHaveBeenCalled()
  expect(wx.showToast).not.toHaveBeenCalled()
})

test('she switches 添加到相册 on in 去设置: the picture is saved straight away', async () => {
  wx.saveImageToPhotosAlbum.mockRejectedValueOnce(SCOPE_REFUSED('saveImageToPhotosAlbum')).mockResolvedValueOnce({})
  wx.showModal.mockResolvedValue({ confirm: true, cancel: false })
  wx.openSetting.mockResolvedValue({ authSetting: { 'scope.writePhotosAlbum': true } })
  await saveToAlbum(CLOUD_QR)
  expect(wx.openSetting).toHaveBeenCalledTimes(1)
  expect(wx.saveImageToPhotosAlbum).toHaveBeenCalledTimes(2)
  expect(wx.showToast).toHaveBeenCalledWith({ title: '已保存到相册', icon: 'success' })
})

test('she opens the settings but leaves it off: nothing is saved and nothing is tried again', async () => {
  wx.saveImageToPhotosAlbum.mockRejectedValue(SCOPE_REFUSED('saveImageToPhotosAlbum'))
  wx.showModal.mockResolvedValue({ confirm: true, cancel: false })
  wx.openSetting.mockResolvedValue({ authSetting: { 'scope.writePhotosAlbum': false } })
  await saveToAlbum(CLOUD_QR)
  expect(wx.saveImageToPhotosAlbum).toHaveBeenCalledTimes(1)
  expect(wx.showToast).not.toHaveBeenCalled()
})

test('switched on, yet WeChat still refuses: said once more, with no second trip to the settings', async () => {
  wx.saveImageToPhotosAlbum.mockRejectedValue(SCOPE_REFUSED('saveImageToPhotosAlbum'))
  wx.showModal.mockResolvedValue({ confirm: true, cancel: false })
  wx.openSetting.mockResolvedValue({ authSetting: { 'scope.writePhotosAlbum': true } })
  await saveToAlbum(CLOUD_QR)
  expect(wx.saveImageToPhotosAlbum).toHaveBeenCalledTimes(2)
  expect(wx.openSetting).toHaveBeenCalledTimes(1)
  expect(wx.showModal.mock.calls[1][0]).toMatchObject({ title: '没有保存', confirmText: '知道了' })
})

test('she did not agree to the 指引: told how to allow it; no settings page (that would not help)', async () => {
  wx.saveImageToPhotosAlbum.mockRejectedValue(PRIVACY_REFUSED('saveImageToPhotosAlbum'))
  await saveToAlbum(CLOUD_QR)
  expect(wx.showModal.mock.calls[0][0].content).toContain('在弹出的说明里点「同意」')
  expect(wx.showModal.mock.calls[0][0].confirmText).toBe('知道了')
  expect(wx.openSetting).not.toHaveBeenCalled()
})

test('the download fails: said in Chinese, with long-press as the other way', async () => {
  wx.downloadFile.mockRejectedValue(wxFailure('downloadFile', 'timeout'))
  await saveToAlbum('https://example.org/qr.png')
  expect(wx.saveImageToPhotosAlbum).not.toHaveBeenCalled()
  expect(wx.showModal.mock.calls[0][0].content).toContain('长按二维码保存')
})

test('she closes the album prompt herself: nothing to say', async () => {
  wx.saveImageToPhotosAlbum.mockRejectedValue(CANCELLED('saveImageToPhotosAlbum'))
  await saveToAlbum(CLOUD_QR)
  expect(shownTexts()).toEqual([])
})
