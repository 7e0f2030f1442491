// WeChat's refusals in her words: which failure is which refusal, what each feature
// says, and 「去设置」 offered only where a permission can be switched on.
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: jest.requireActual('../../fixtures/wxTaro').wx }))

import { CANCELLED, hasWeChatWords, NOT_DECLARED, PRIVACY_REFUSED, resetWx, SCOPE_REFUSED, wx, wxFailure } from '../../fixtures/wxTaro'
import { explainRefusal, isCancelled, refusalKind, refusalWords, tellRefusal, type RefusalKind, type WxFeature } from '../../../src/lib/wxRefusal'

beforeEach(resetWx)

test('each WeChat failure is read as the refusal it is, by errno or by its errMsg', () => {
  expect(refusalKind(PRIVACY_REFUSED('chooseMedia'))).toBe('privacy')
  expect(refusalKind({ errMsg: 'setClipboardData:fail privacy permission is not authorized' })).toBe('privacy')
  expect(refusalKind(SCOPE_REFUSED('saveImageToPhotosAlbum'))).toBe('scope')
  expect(refusalKind({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' })).toBe('scope')
  expect(refusalKind({ errMsg: 'authorize:fail auth denied' })).toBe('scope')
  expect(refusalKind(NOT_DECLARED('setClipboardData'))).toBe('undeclared')
  expect(refusalKind(new Error('chooseMedia:fail privacy permission is not authorized'))).toBe('privacy')
})

test('a cancel, a network fault or a non-object is no refusal', () => {
  expect(refusalKind(CANCELLED('chooseMedia'))).toBeNull()
  expect(refusalKind(wxFailure('downloadFile', 'timeout'))).toBeNull()
  expect(refusalKind('privacy permission is not authorized')).toBeNull()
  expect(refusalKind(null)).toBeNull()
  expect(isCancelled(CANCELLED('shareFileMessage'))).toBe(true)
  expect(isCancelled(PRIVACY_REFUSED('chooseMedia'))).toBe(false)
})

const FEATURES: WxFeature[] = ['photo', 'copy', 'saveQrcode']
const KINDS: RefusalKind[] = ['privacy', 'scope', 'undeclared']

test.each(FEATURES.flatMap((feature) => KINDS.map((kind) => [feature, kind] as const)))(
  '%s refused (%s): plain Chinese that says what cannot be done and how to allow it',
  (feature, kind) => {
    const words = refusalWords(feature, kind)
    expect(hasWeChatWords(words.title + words.content)).toBe(false)
    expect(words.content).toMatch(/不能/)
    if (kind === 'privacy') expect(words.content).toContain('在弹出的说明里点「同意」')
    if (words.settingScope) expect(words.content).toContain('点「去设置」')
  },
)

test('去设置 is offered for the permissions WeChat keeps refused: the camera for photos, the album for the QR code — not for the clipboard', () => {
  expect(refusalWords('photo', 'scope').settingScope).toBe('scope.camera')
  expect(refusalWords('saveQrcode', 'scope')).toMatchObject({ settingScope: 'scope.writePhotosAlbum', content: expect.stringContaining('打开「添加到相册」') })
  expect(refusalWords('copy', 'scope').settingScope).toBeNull()
  expect(refusalWords('saveQrcode', 'privacy').settingScope).toBeNull()
})

test('the words for each feature name that feature', () => {
  expect(explainRefusal('photo', PRIVACY_REFUSED('chooseMedia'))?.content).toContain('照片')
  expect(explainRefusal('copy', PRIVACY_REFUSED('setClipboardData'))?.content).toContain('剪贴板')
  expect(explainRefusal('saveQrcode', SCOPE_REFUSED('saveImageToPhotosAlbum'))?.content).toContain('相册')
  expect(explainRefusal('copy', CANCELLED('setClipboardData'))).toBeNull()
})

describe('telling her', () => {
  test('a refusal with no permission to switch on is a dialog with 知道了, and no settings page', async () => {
    await expect(tellRefusal(refusalWords('copy', 'privacy'))).resolves.toBe(false)
    expect(wx.showModal).toHaveBeenCalledWith(expect.objectContaining({ showCancel: false, confirmText: '知道了' }))
    expect(wx.openSetting).not.toHaveBeenCalled()
  })

  test('去设置 opens WeChat settings and answers whether she switched the permission on', async () => {
    wx.showModal.mockResolvedValue({ confirm: true, cancel: false })
    wx.openSetting.mockResolvedValue({ authSetting: { 'scope.writePhotosAlbum': true } })
    await expect(tellRefusal(refusalWords('saveQrcode', 'scope'))).resolves.toBe(true)
    expect(wx.showModal).toHaveBeenCalledWith(expect.objectContaining({ confirmText: '去设置', cancelText: '不用了' }))
    wx.openSetting.mockResolvedValue({ authSetting: { 'scope.writePhotosAlbum': false } })
    await expect(tellRefusal(refusalWords('saveQrcode', 'scope'))).resolves.toBe(false)
  })

  test('不用了 leaves the settings closed', async () => {
    await expect(tellRefusal(refusalWords('photo', 'scope'))).resolves.toBe(false)
    expect(wx.openSetting).not.toHaveBeenCalled()
  })
})
