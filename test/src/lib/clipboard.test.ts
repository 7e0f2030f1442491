// Copying a link or a code: a toast when it is copied; when WeChat refuses the clipboard,
// the text to copy by hand and why, in Chinese — never WeChat's errMsg.
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: jest.requireActual('../../fixtures/wxTaro').wx }))

import { NOT_DECLARED, PRIVACY_REFUSED, resetWx, wx, wxFailure } from '../../fixtures/wxTaro'
import { copyText } from '../../../src/lib/clipboard'

beforeEach(resetWx)

test('copied: the toast says so', async () => {
  await copyText('A1B2C3', '已复制', '请手动复制')
  expect(wx.setClipboardData).toHaveBeenCalledWith({ data: 'A1B2C3' })
  expect(wx.showToast).toHaveBeenCalledWith({ title: '已复制', icon: 'none' })
  expect(wx.showModal).not.toHaveBeenCalled()
})

test('she did not agree to the 指引: the code to copy by hand, and how to allow copying', async () => {
  wx.setClipboardData.mockRejectedValue(PRIVACY_REFUSED('setClipboardData'))
  await copyText('A1B2C3', '已复制', '请手动复制')
  const [{ title, content }] = wx.showModal.mock.calls[0]
  expect(title).toBe('请手动复制')
  expect(content).toMatch(/^A1B2C3\n\n您没有同意小程序的《隐私保护指引》，所以小程序不能把文字放进剪贴板。/)
  expect(content).not.toMatch(/privacy|fail|errno/)
})

test('the 指引 does not declare the clipboard: said in Chinese too', async () => {
  wx.setClipboardData.mockRejectedValue(NOT_DECLARED('setClipboardData'))
  await copyText('A1B2C3', '已复制', '请手动复制')
  expect(wx.showModal.mock.calls[0][0].content).toContain('还没有登记好')
})

test('any other failure: the code alone, to copy by hand', async () => {
  wx.setClipboardData.mockRejectedValue(wxFailure('setClipboardData', 'system error'))
  await copyText('A1B2C3', '已复制', '请手动复制')
  expect(wx.showModal.mock.calls[0][0]).toMatchObject({ title: '请手动复制', content: 'A1B2C3' })
})
