// Our consent popup for the 隐私保护指引: registered with WeChat once, shown by the page
// on top with words for the step she took, and her answer handed back to WeChat as
// `{ event: 'agree', buttonId }` or `{ event: 'disagree' }`.
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: jest.requireActual('../../fixtures/wxTaro').wx }))

import { resetWx, wx } from '../../fixtures/wxTaro'
import { AGREE_BUTTON_ID, answerConsent, consentRequestFor, hostConsent, listenForConsent, onNeedConsent } from '../../../src/lib/privacyConsent'

const QRCODE_PAGE = 'staff/pages/qrcode/index'
const CASE_PAGE = 'help/pages/case/index'
const withdrawals: Array<() => void> = []

function host(page: string) {
  const shown: unknown[] = []
  withdrawals.push(hostConsent(page, (request) => void shown.push(request)))
  return shown
}

const onTop = (route: string) => wx.getCurrentPages.mockReturnValue([{ route: 'pages/board/index' }, { route }])

beforeEach(resetWx)
afterEach(() => {
  answerConsent(false)
  for (const withdraw of withdrawals.splice(0)) withdraw()
})

test('the app registers our popup with WeChat once, which turns WeChat’s own popup off', () => {
  listenForConsent()
  expect(wx.onNeedPrivacyAuthorization).toHaveBeenCalledWith(onNeedConsent)
})

test('the page on top explains the step WeChat is asking about, and the popup’s showing is reported to WeChat', () => {
  const shown = host(`/${QRCODE_PAGE}`)
  onTop(QRCODE_PAGE)
  const resolve = jest.fn()
  onNeedConsent(resolve, { referrer: 'saveImageToPhotosAlbum' })
  expect(shown).toEqual([{ title: '保存二维码需要写入相册', detail: expect.stringContaining('不读取相册里的照片') }])
  expect(resolve).toHaveBeenCalledWith({ event: 'exposureAuthorization' })
})

test('同意 lets the waiting call go on with the id of the agree button; the popup closes', () => {
  const shown = host(QRCODE_PAGE)
  onTop(QRCODE_PAGE)
  const resolve = jest.fn()
  onNeedConsent(resolve, { referrer: 'saveImageToPhotosAlbum' })
  answerConsent(true)
  expect(resolve).toHaveBeenLastCalledWith({ event: 'agree', buttonId: AGREE_BUTTON_ID })
  expect(shown[shown.length - 1]).toBeNull()
})

test('不同意 fails the waiting call (the feature then says why in Chinese)', () => {
  host(CASE_PAGE)
  onTop(CASE_PAGE)
  const resolve = jest.fn()
  onNeedConsent(resolve, { referrer: 'setClipboardData' })
  answerConsent(false)
  expect(resolve).toHaveBeenLastCalledWith({ event: 'disagree' })
})

test('a second call while the popup is open waits for the same answer', () => {
  const shown = host(QRCODE_PAGE)
  onTop(QRCODE_PAGE)
  const first = jest.fn()
  const second = jest.fn()
  onNeedConsent(first, { referrer: 'saveImageToPhotosAlbum' })
  onNeedConsent(second, { referrer: 'setClipboardData' })
  expect(shown).toHaveLength(1)
  answerConsent(true)
  expect(first).toHaveBeenLastCalledWith({ event: 'agree', buttonId: AGREE_BUTTON_ID })
  expect(second).toHaveBeenLastCalledWith({ event: 'agree', buttonId: AGREE_BUTTON_ID })
})

test('only the page on top shows it; a page below in the stack stays quiet', () => {
  const below = host(QRCODE_PAGE)
  const top = host(CASE_PAGE)
  onTop(CASE_PAGE)
  onNeedConsent(jest.fn(), { referrer: 'setClipboardData' })
  expect(below).toEqual([])
  expect(top).toHaveLength(1)
})

test('a page with no popup to show refuses the call, so no unexplained popup ever appears', () => {
  host(QRCODE_PAGE)
  onTop('staff/pages/poster/index')
  const resolve = jest.fn()
  onNeedConsent(resolve, { referrer: 'chooseMedia' })
  expect(resolve).toHaveBeenCalledWith({ event: 'disagree' })
  expect(resolve).toHaveBeenCalledTimes(1)
})

test('leaving the page while the popup is open refuses the waiting call instead of leaving it hanging', () => {
  host(QRCODE_PAGE)
  onTop(QRCODE_PAGE)
  const resolve = jest.fn()
  onNeedConsent(resolve, { referrer: 'saveImageToPhotosAlbum' })
  withdrawals.pop()?.()
  expect(resolve).toHaveBeenLastCalledWith({ event: 'disagree' })
})

test('the words name the step, never the page it is on; an API we do not know gets a neutral sentence', () => {
  expect(consentRequestFor('chooseMedia').title).toBe('选照片需要您同意')
  expect(consentRequestFor('wx.setClipboardData').title).toBe('复制需要使用剪贴板')
  expect(consentRequestFor('getLocation').title).toBe('这一步需要您同意')
  for (const referrer of ['chooseMedia', 'setClipboardData', 'saveImageToPhotosAlbum', undefined]) {
    const { title, detail } = consentRequestFor(referrer)
    expect(title + detail).not.toMatch(/求助|家暴|妇联|案件/)
  }
})
