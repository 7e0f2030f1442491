// The browser build of the privacy changes: photos are picked through chooseMedia (one
// image, no video), closing the picker without a photo says nothing and leaves the field
// ready, and the mini-program's consent popup is not part of the browser build.
import type { GetBoardOutput } from '../../types'
import { memberEditUrl } from '../../src/lib/staffRoutes'
import { callApi } from './support/api'
import { screenshot } from './support/browser'
import { logIn, shown, withHostAndPhones } from './support/journey'

jest.setTimeout(300_000)

const ORG = 'demo-community'
const stage = withHostAndPhones(1)
const [chair] = stage.phones

test('a photo is picked as one image through chooseMedia; closing the picker empty says nothing', async () => {
  const { page } = chair
  const { board } = await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })
  const member = board.members.find((m) => m.post === 'member')
  if (!member) throw new Error('the demo community should have an 执委')
  await logIn(page, stage.host.url, 'demo-chair')
  await page.goto(stage.at(memberEditUrl(board.orgId, member.id)))
  const button = shown(page, '.form-field--photoUrl .image-upload-button').first()
  await button.waitFor()
  const idle = await button.innerText()

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()])
  await shown(page, '.form-field--photoUrl .image-upload-button').filter({ hasText: '正在上传…' }).first().waitFor()
  expect(chooser.isMultiple()).toBe(false)
  await expect(chooser.element().getAttribute('accept')).resolves.toBe('image/*')
  await expect(chooser.element().getAttribute('id')).resolves.toBe('taroChooseMedia')
  await chooser.setFiles([])

  // back to the idle button once the empty choice has been handled
  await shown(page, '.form-field--photoUrl .image-upload-button').filter({ hasText: idle }).first().waitFor()
  await expect(shown(page, '.form-field--photoUrl .field-error').count()).resolves.toBe(0)
  await expect(shown(page, '.taro-modal__content').count()).resolves.toBe(0)
  await expect(page.locator('.privacy-consent').count()).resolves.toBe(0)
  await screenshot(page, 'privacy-h5-picker-closed')
})
