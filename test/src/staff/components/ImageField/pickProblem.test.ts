// A photo for the board: picked with chooseMedia (one image, compressed), and when WeChat
// refuses, the form says why in Chinese under the field — offering 去设置 for the camera.
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: jest.requireActual('../../../../fixtures/wxTaro').wx }))

import { CANCELLED, hasWeChatWords, PRIVACY_REFUSED, resetWx, SCOPE_REFUSED, wx, wxFailure } from '../../../../fixtures/wxTaro'
import { ApiError } from '../../../../../src/api'
import { chooseAndUploadImage, PickRefused, UploadCancelled } from '../../../../../src/api/upload'
import { NOT_PICKED, pickProblem } from '../../../../../src/staff/components/ImageField/pickProblem'

beforeEach(resetWx)

const picked = async () => chooseAndUploadImage('org-1', 'photo').catch((caught: unknown) => caught)

test('the picker is chooseMedia for one compressed image, from the album or the camera (chooseImage is deprecated)', async () => {
  wx.chooseMedia.mockRejectedValue(CANCELLED('chooseMedia'))
  await picked()
  expect(wx.chooseMedia).toHaveBeenCalledWith({ count: 1, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] })
  expect(wx.chooseImage).not.toHaveBeenCalled()
})

test('she closes the picker: nothing is said', async () => {
  wx.chooseMedia.mockRejectedValue(CANCELLED('chooseMedia'))
  const caught = await picked()
  expect(caught).toBeInstanceOf(UploadCancelled)
  await expect(pickProblem(caught)).resolves.toBe('')
})

test('she did not agree to the 指引: the field says so in Chinese and how to allow it', async () => {
  wx.chooseMedia.mockRejectedValue(PRIVACY_REFUSED('chooseMedia'))
  const caught = await picked()
  expect(caught).toBeInstanceOf(PickRefused)
  const text = await pickProblem(caught)
  expect(text).toBe('您没有同意小程序的《隐私保护指引》，所以小程序不能读取您选中的照片。需要上传照片时再点一次，在弹出的说明里点「同意」就可以了。')
  expect(wx.showModal).not.toHaveBeenCalled()
})

test('the camera was refused: 去设置 is offered; switched on, she is asked to pick again', async () => {
  wx.chooseMedia.mockRejectedValue(SCOPE_REFUSED('chooseMedia'))
  const caught = await picked()
  await expect(pickProblem(caught)).resolves.toContain('打开「摄像头」')
  expect(wx.showModal).toHaveBeenCalledWith(expect.objectContaining({ confirmText: '去设置' }))
  wx.showModal.mockResolvedValue({ confirm: true, cancel: false })
  wx.openSetting.mockResolvedValue({ authSetting: { 'scope.camera': true } })
  await expect(pickProblem(caught)).resolves.toBe('已经允许，请再点一次选照片')
})

test('any other picker failure is a plain sentence, and a refusal from the server keeps its own reason', async () => {
  wx.chooseMedia.mockRejectedValue(wxFailure('chooseMedia', 'system error'))
  await expect(pickProblem(await picked())).resolves.toBe(NOT_PICKED)
  await expect(pickProblem(new ApiError('FORBIDDEN', '只有主席可以修改'))).resolves.toBe('只有主席可以修改')
  expect(hasWeChatWords(NOT_PICKED)).toBe(false)
})
