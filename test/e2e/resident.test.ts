// A resident's own 我的, in real Chromium against `npm start`: from the board's red band
// she reaches 我的, where her help requests, her topics and her messages come first and
// the staff entry (工作台, 输入邀请码) sits below them, not in red; and on the topic form,
// signed out, she is told so before she types, with the way in, and finds the form
// waiting when she comes back signed in.
import type { Page } from 'playwright-core'
import type { GetBoardOutput } from '../../types'
import { callApi } from './support/api'
import { screenshot } from './support/browser'
import { freshGoto, shown, withHostAndPhones } from './support/journey'

jest.setTimeout(300_000)

const ORG = 'demo-community'
const stage = withHostAndPhones(1)
const [phone] = stage.phones
let orgId = ''

beforeAll(async () => {
  orgId = (await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })).board.orgId
})

const top = async (page: Page, selector: string): Promise<number> => (await shown(page, selector).first().boundingBox())?.y ?? Number.NaN

test('from the board she reaches her own 我的: her requests, topics and messages first, the staff entry below and not in red', async () => {
  const { page } = phone
  await freshGoto(page, stage.at(`/pages/board/index?scene=${ORG}`))
  await shown(page, '.board-header__me').first().click()
  await expect(shown(page, '.me-hero__title').first().innerText()).resolves.toBe('我的')
  await shown(page, '.dev-login-option').filter({ hasText: 'demo-resident' }).first().click()
  await shown(page, '.dev-login-current').filter({ hasText: 'demo-resident' }).first().waitFor()
  await shown(page, '.me-places__empty').first().waitFor()

  const links = await shown(page, '.me-link__title').allInnerTexts()
  expect(links).toEqual(['我的求助', '我提的议题', '我的消息'])
  const staffTop = await top(page, '.me-staff')
  for (const selector of ['.me-help-button', '.me-topics-button', '.me-messages-button', '.me-font']) expect(await top(page, selector)).toBeLessThan(staffTop)
  // 我的求助 is as large as the others, not the faintest thing on the page
  const sizes = await shown(page, '.me-link__title').evaluateAll((titles) => titles.map((title) => getComputedStyle(title).fontSize))
  expect(new Set(sizes).size).toBe(1)
  const redeem = shown(page, '.me-redeem-button').first()
  await expect(redeem.getAttribute('class')).resolves.not.toContain('action-button--primary')
  expect(await shown(page, '.me-workbench-button').count()).toBe(0)
  expect(await shown(page, '.me-staff .section__title').first().innerText()).toBe('我是妇联执委')
  await screenshot(page, 'resident-me')

  await shown(page, '.me-topics-button').first().click()
  await shown(page, '.my-topics-page .section__title').filter({ hasText: '我提的议题' }).first().waitFor()
  await freshGoto(page, stage.at('/pages/me/index'))
  await shown(page, '.me-messages-button').first().click()
  await page.waitForURL(/pages\/messages\/index/)
  await shown(page, '.message-row, .state-view__title').first().waitFor()
  await freshGoto(page, stage.at('/pages/me/index'))
  await shown(page, '.me-help-button').first().click()
  await page.waitForURL(/help\/pages\/mine\/index/)
})

test('a chair still finds 工作台 on 我的, under her own things', async () => {
  const { page } = phone
  await freshGoto(page, stage.at('/pages/me/index'))
  await shown(page, '.dev-login-option').filter({ hasText: 'demo-chair' }).first().click()
  await shown(page, '.dev-login-current').filter({ hasText: 'demo-chair' }).first().waitFor()
  await shown(page, '.me-workbench-button').first().click()
  await page.waitForURL(/staff\/pages\/home\/index/)
})

test('signed out, the topic form says so before she types and shows the way in; back signed in, the form is there', async () => {
  const { page } = phone
  await freshGoto(page, stage.at('/pages/me/index'))
  await shown(page, '.me-signout-button').first().click()
  await shown(page, '.dev-login-current').filter({ hasText: '当前未登录' }).first().waitFor()

  await freshGoto(page, stage.at(`/topics/pages/list/index?orgId=${orgId}`))
  await shown(page, '.submit-topic-button').first().click()
  const notice = shown(page, '.topic-signin-notice').first()
  await expect(notice.innerText()).resolves.toMatch(/提议题要先登录[\s\S]*我的/)
  expect(await shown(page, 'input.topic-title-input').count()).toBe(0)
  await screenshot(page, 'resident-topic-signed-out')

  await shown(page, '.topic-signin-notice .state-view__action').first().click()
  await shown(page, '.dev-login-option').filter({ hasText: 'demo-resident' }).first().click()
  await shown(page, '.dev-login-current').filter({ hasText: 'demo-resident' }).first().waitFor()
  await page.goBack()
  await shown(page, 'input.topic-title-input').first().fill('楼道里的灯坏了')
  expect(await shown(page, '.topic-signin-notice').count()).toBe(0)
})
