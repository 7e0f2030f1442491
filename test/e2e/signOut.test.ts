// 退出登录 on 我的, in real Chromium against `npm start`: she signs in as a demo identity,
// taps 退出登录, and is signed out here — and on the host, so the token another browser
// of hers holds is refused too (401 登录已失效，请重新登录); her half-written forms are gone.
import { callApi, devToken } from './support/api'
import { logIn, shown, withHostAndPhones } from './support/journey'

jest.setTimeout(300_000)

const stage = withHostAndPhones(1)
const [phone] = stage.phones

test('退出登录 signs her out here and on the host, in her other browser too', async () => {
  const { page } = phone
  await logIn(page, stage.host.url, 'demo-chair')
  await shown(page, '.me-workbench-button').first().waitFor()
  const laptop = await devToken(stage.host.url, 'demo-chair')
  await callApi(stage.host.url, 'org', 'mine', {}, laptop)
  // a member form she was halfway through, kept as a draft (src/lib/drafts.ts)
  await page.evaluate(() =>
    window.localStorage.setItem('liangpai.draft.member.demo-community.new', JSON.stringify({ data: { savedAt: Date.now(), basedOn: 0, values: { name: '王某某' } } })),
  )
  await page.evaluate(() => window.localStorage.setItem('liangpai.keep', 'x'))

  await shown(page, '.me-signout-button').first().click()

  await shown(page, '.dev-login-current').filter({ hasText: '当前未登录' }).first().waitFor()
  await shown(page, '.page-note').filter({ hasText: '请先在上面选择身份登录' }).first().waitFor()
  expect(await shown(page, '.me-signout-button').count()).toBe(0)
  expect(await page.evaluate(() => window.localStorage.getItem('liangpai.token'))).toBeNull()
  const keys = await page.evaluate(() => Object.keys(window.localStorage))
  expect(keys.filter((key) => key.startsWith('liangpai.draft.'))).toEqual([])
  expect(keys).toContain('liangpai.keep')
  await expect(callApi(stage.host.url, 'org', 'mine', {}, laptop)).rejects.toThrow('登录已失效，请重新登录')
})
