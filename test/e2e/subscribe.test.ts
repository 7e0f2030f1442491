// Notifying the people who must act, in real Chromium against `npm start`: demo-resident
// puts a topic to her federation from the board — in H5 nothing asks her about WeChat
// messages and the topic goes in at once — and demo-chair finds "有新的议题待处理" in her
// 消息, in neutral words, which opens the topic on her side of the console.
import type { GetBoardOutput } from '../../types'
import { callApi } from './support/api'
import { screenshot } from './support/browser'
import { logIn, shown, withHostAndPhones } from './support/journey'

jest.setTimeout(300_000)

const ORG = 'demo-community'
const TITLE = '菜市场门口缺少爱心母婴座椅'
const stage = withHostAndPhones(1)
const [phone] = stage.phones
let orgId = ''
let topicId = ''

beforeAll(async () => {
  orgId = (await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })).board.orgId
})

test('demo-resident submits a topic from the board; nothing stands between her tap and the topic', async () => {
  const { page } = phone
  await logIn(page, stage.host.url, 'demo-resident')
  await page.goto(`${stage.host.url}/#/pages/board/index?scene=${ORG}`)
  await shown(page, '.topics-button').first().click()
  await shown(page, '.submit-topic-button').first().click()
  await shown(page, 'input.topic-title-input').first().fill(TITLE)
  await shown(page, 'textarea.topic-problem-input').first().fill('带孩子买菜的妈妈没有地方坐下来喂奶，只能站在门口')
  await shown(page, '.topic-category .choice').filter({ hasText: '儿童关爱' }).first().click()
  await shown(page, 'input.topic-name-input').first().fill('3号楼周女士')
  // the form asks WeChat only in the mini-program: here no button to subscribe is shown
  expect(await page.locator('.news-button').count()).toBe(0)
  await shown(page, '.save-button').first().click()
  await shown(page, '.topic-page .topic-notice').first().waitFor()
  await expect(shown(page, '.topic-page').first().innerText()).resolves.toContain('待审核')
  topicId = new URL(page.url().replace('/#/', '/')).searchParams.get('topicId') ?? ''
  expect(topicId).not.toBe('')
})

test('demo-chair is told a topic waits for her, without its words, and the message opens it in the console', async () => {
  const { page } = phone
  await logIn(page, stage.host.url, 'demo-chair')
  await shown(page, '.me-messages-button').first().click()
  const message = shown(page, '.message-row').filter({ hasText: '有新的议题待处理' }).first()
  await message.waitFor()
  expect(await message.locator('.message-row__status').innerText()).toBe('待审核')
  // the title is hers until the chair has looked at it: not in the message
  expect(await shown(page, '.messages-page').first().innerText()).not.toContain(TITLE)
  await screenshot(page, 'subscribe-chair-messages')
  await message.click()
  await page.waitForURL((url) => url.hash.includes('staff/pages/topic/') && url.hash.includes(topicId) && url.hash.includes(orgId))
  await expect(shown(page, '.chair-topic-page').first().innerText()).resolves.toContain(TITLE)
  await screenshot(page, 'subscribe-chair-topic')
})
