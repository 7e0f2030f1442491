// 退出登录 on 我的, in real Chromium against `npm start`: she signs in as a demo identity,
// taps 退出登录, and is signed out here — and on the host, so the token another browser
// of hers holds is refused too (401 登录已失效，请重新登录).
import type { BrowserContext, Page } from 'playwright-core'
import { callApi, devToken } from './support/api'
import { launchPhone } from './support/browser'
import { npmStart, type StartedHost } from './support/host'

jest.setTimeout(300_000)

let host: StartedHost
let phone: { context: BrowserContext; page: Page }

beforeAll(async () => {
  host = await npmStart()
  phone = await launchPhone()
})

afterAll(async () => {
  await phone?.context.close()
  await host?.stop()
})

/** Taro's H5 router keeps earlier pages in the DOM, hidden: look only at what is shown. */
const shown = (page: Page, selector: string) => page.locator(selector).filter({ visible: true })

test('退出登录 signs her out here and on the host, in her other browser too', async () => {
  const { page } = phone
  await page.goto(`${host.url}/#/pages/me/index`)
  await shown(page, '.dev-login-option').filter({ hasText: 'demo-chair' }).first().click()
  await shown(page, '.dev-login-current').filter({ hasText: 'demo-chair' }).first().waitFor()
  await shown(page, '.me-workbench-button').first().waitFor()
  const laptop = await devToken(host.url, 'demo-chair')
  await callApi(host.url, 'org', 'mine', {}, laptop)

  await shown(page, '.me-signout-button').first().click()

  await shown(page, '.dev-login-current').filter({ hasText: '当前未登录' }).first().waitFor()
  await shown(page, '.page-note').filter({ hasText: '请先在上面选择身份登录' }).first().waitFor()
  expect(await shown(page, '.me-signout-button').count()).toBe(0)
  expect(await page.evaluate(() => window.localStorage.getItem('liangpai.token'))).toBeNull()
  await expect(callApi(host.url, 'org', 'mine', {}, laptop)).rejects.toThrow('登录已失效，请重新登录')
})
