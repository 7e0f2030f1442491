// Her export in the mini-program: sent as a file or copied only when she taps; when the
// phone refuses, she reads why in Chinese (a neutral sentence, nothing about help), and
// closing the share sheet is not an error.
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: jest.requireActual('../../../fixtures/wxTaro').wx }))

import { CANCELLED, hasWeChatWords, PRIVACY_REFUSED, resetWx, wx, wxFailure } from '../../../fixtures/wxTaro'
import { ApiError } from '../../../../src/api'
import { copyExport, saveExport } from '../../../../src/help/lib/exportData'

const TEXT = '我的记录……'
const previousEnv = process.env.TARO_ENV

beforeAll(() => void (process.env.TARO_ENV = 'weapp'))
afterAll(() => void (process.env.TARO_ENV = previousEnv))
beforeEach(resetWx)

test('copying: done only when she taps, and said', async () => {
  await expect(copyExport(TEXT)).resolves.toBe('已复制，请尽快粘贴保存')
  expect(wx.setClipboardData).toHaveBeenCalledWith({ data: TEXT })
})

test('copying refused by the 指引: an ApiError in her words, shown like any refusal', async () => {
  wx.setClipboardData.mockRejectedValue(PRIVACY_REFUSED('setClipboardData'))
  const caught = await copyExport(TEXT).catch((error: unknown) => error)
  expect(caught).toBeInstanceOf(ApiError)
  const { message } = caught as ApiError
  expect(message).toContain('小程序不能把文字放进剪贴板')
  expect(message).toContain('在弹出的说明里点「同意」')
  expect(hasWeChatWords(message)).toBe(false)
  expect(message).not.toMatch(/求助|案件/)
})

test('copying fails otherwise: a plain sentence', async () => {
  wx.setClipboardData.mockRejectedValue(wxFailure('setClipboardData', 'system error'))
  await expect(copyExport(TEXT)).rejects.toMatchObject({ message: '没有复制成功，请再试一次' })
})

test('sending the file: written to the mini-program’s own files, then shared', async () => {
  const writeFileSync = jest.fn()
  wx.getFileSystemManager.mockReturnValue({ writeFileSync })
  await expect(saveExport(TEXT, 'record.txt')).resolves.toBe('已发送文件')
  expect(writeFileSync).toHaveBeenCalledWith('wxfile://usr/record.txt', TEXT, 'utf8')
  expect(wx.shareFileMessage).toHaveBeenCalledWith({ filePath: 'wxfile://usr/record.txt', fileName: 'record.txt' })
})

test('she closes the share sheet: nothing to say; a real failure says what else she can do', async () => {
  wx.shareFileMessage.mockRejectedValue(CANCELLED('shareFileMessage'))
  await expect(saveExport(TEXT, 'record.txt')).resolves.toBeNull()
  wx.shareFileMessage.mockRejectedValue(wxFailure('shareFileMessage', 'system error'))
  await expect(saveExport(TEXT, 'record.txt')).rejects.toMatchObject({ message: '文件没有发出去，请再试一次，或点「复制文字」' })
})
